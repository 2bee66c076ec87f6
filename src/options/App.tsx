import { cardData } from 'virtual:backstory-data';
import { GENERAL_NAMES, HOVER_DELAY_RANGE, HIGHLIGHT_STYLES } from '../core/settings.ts';
import type { GeneralNames } from '../core/settings.ts';
import type { HighlightStyle, Settings } from '../core/settings.ts';
import { useSettings } from '../platform/use-settings.ts';
import { typeGroups } from '../ui/type-labels.ts';
import { SiteList } from './SiteList.tsx';
import { t } from '../ui/i18n.ts';
import type { MessageKey } from '../ui/i18n.ts';
import { DatasetInfo } from './DatasetInfo.tsx';
import { WEAK_KINDS } from '../core/dataset/kinds.ts';

const GENERAL_LABELS: Record<GeneralNames, MessageKey> = {
  story: 'optionsGeneralStory',
  everywhere: 'optionsGeneralEverywhere',
  never: 'optionsGeneralNever',
};

const WEAK_LABELS: Record<(typeof WEAK_KINDS)[number], MessageKey> = {
  surname: 'weakSurname',
  demonym: 'weakDemonym',
  metonym: 'weakMetonym',
};

const STYLE_LABELS: Record<HighlightStyle, MessageKey> = {
  underline: 'styleUnderline',
  tint: 'styleTint',
  none: 'styleNone',
};

export function App() {
  const { settings, resets, loaded, save } = useSettings();
  if (!loaded) return <p>{t('optionsLoading')}</p>;
  const set = (patch: Partial<Settings>): void => void save({ ...settings, ...patch });
  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      {resets.length > 0 && (
        <div role="alert" class="reset-note" data-testid="resets">
          <p>{t('optionsResetIntro')}</p>
          <ul>
            {resets.map((r) => (
              <li key={r.key}>
                <code>{r.key}</code>: {r.reason}
              </li>
            ))}
          </ul>
          <p>{t('optionsResetKept')}</p>
        </div>
      )}
      <section>
        <h2>{t('optionsHighlight')}</h2>
        <label>
          <input
            type="checkbox"
            data-testid="enabled"
            checked={settings.enabled}
            onChange={() => set({ enabled: !settings.enabled })}
          />{' '}
          {t('optionsEnabled')}
        </label>
        <table class="types">
          <thead>
            <tr>
              <th>{t('optionsColType')}</th>
              <th>{t('optionsColHighlight')}</th>
              <th>{t('optionsColStyle')}</th>
              <th>{t('optionsColPreview')}</th>
            </tr>
          </thead>
          <tbody>
            {typeGroups().map(([type, title]) => (
              <tr key={type}>
                <td>{title}</td>
                <td>
                  <input
                    type="checkbox"
                    aria-label={t('optionsHighlightType', title)}
                    data-testid={`type-${type}`}
                    checked={settings.types[type]}
                    onChange={() =>
                      set({ types: { ...settings.types, [type]: !settings.types[type] } })
                    }
                  />
                </td>
                <td>
                  <select
                    aria-label={t('optionsStyleFor', title)}
                    data-testid={`style-${type}`}
                    value={settings.styles[type]}
                    onChange={(e) =>
                      set({
                        styles: {
                          ...settings.styles,
                          [type]: (e.target as HTMLSelectElement).value as HighlightStyle,
                        },
                      })
                    }
                  >
                    {HIGHLIGHT_STYLES.map((s) => (
                      <option key={s} value={s}>
                        {t(STYLE_LABELS[s])}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <span class={`preview preview-${settings.styles[type]} type-${type}`}>
                    {previewName(type)}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section>
        <h2>{t('optionsWeak')}</h2>
        <p class="muted">{t('optionsWeakIntro')}</p>
        {WEAK_KINDS.map((kind) => (
          <label key={kind} class="block">
            <input
              type="checkbox"
              data-testid={`weak-${kind}`}
              checked={settings.weak[kind]}
              onChange={() => set({ weak: { ...settings.weak, [kind]: !settings.weak[kind] } })}
            />{' '}
            {t(WEAK_LABELS[kind])}
          </label>
        ))}
      </section>
      <section>
        <h2 id="general-names">{t('optionsGeneral')}</h2>
        <p class="muted">{t('optionsGeneralIntro')}</p>
        <div role="radiogroup" aria-labelledby="general-names">
          {GENERAL_NAMES.map((choice) => (
            <label key={choice} class="block">
              <input
                type="radio"
                name="general-names"
                data-testid={`general-${choice}`}
                checked={settings.generalNames === choice}
                onChange={() => set({ generalNames: choice })}
              />{' '}
              {t(GENERAL_LABELS[choice])}
            </label>
          ))}
        </div>
      </section>
      <section>
        <h2>{t('optionsHover')}</h2>
        <label>
          {t('optionsOpenAfter')}{' '}
          <input
            type="range"
            min={HOVER_DELAY_RANGE.min}
            max={HOVER_DELAY_RANGE.max}
            step={50}
            value={settings.hoverDelayMs}
            data-testid="delay"
            onChange={(e) => set({ hoverDelayMs: Number((e.target as HTMLInputElement).value) })}
          />{' '}
          {t('optionsDelay', String(settings.hoverDelayMs))}
        </label>
      </section>
      <SiteList settings={settings} save={save} />
      <DatasetInfo data={cardData} />
    </main>
  );
}

function previewName(type: string): string {
  const names: Record<string, string> = {
    person: 'Ani Badalyan',
    country: 'Armenia',
    place: 'Jabrayil',
    organisation: 'Armenpress',
    event: 'COP29',
    document: 'Alma-Ata Declaration',
  };
  return names[type] ?? type;
}
