import { cardData } from 'virtual:backstory-data';
import { HOVER_DELAY_RANGE, HIGHLIGHT_STYLES, WEAK_KINDS } from '../core/settings.ts';
import type { HighlightStyle, Settings } from '../core/settings.ts';
import { useSettings } from '../platform/use-settings.ts';
import { typeGroups } from '../ui/type-labels.ts';
import { SiteList } from './SiteList.tsx';
import { DatasetInfo } from './DatasetInfo.tsx';

const WEAK_LABELS: Record<(typeof WEAK_KINDS)[number], string> = {
  surname: 'Surnames alone (“Aliyev”, “Blinken”)',
  demonym: 'Nationality words (“Armenian”, “Azerbaijani”)',
  metonym: 'Places standing for governments (“Washington”)',
};

export function App() {
  const { settings, resets, loaded, save } = useSettings();
  if (!loaded) return <p>Loading…</p>;
  const set = (patch: Partial<Settings>): void => void save({ ...settings, ...patch });
  return (
    <main class="options">
      <h1>Backstory options</h1>
      {resets.length > 0 && (
        <div role="alert" class="reset-note" data-testid="resets">
          <p>Some stored settings could not be read and were reset to their defaults:</p>
          <ul>
            {resets.map((r) => (
              <li key={r.key}>
                <code>{r.key}</code>: {r.reason}
              </li>
            ))}
          </ul>
          <p>Everything else you chose is kept.</p>
        </div>
      )}
      <section>
        <h2>Highlight</h2>
        <label>
          <input
            type="checkbox"
            data-testid="enabled"
            checked={settings.enabled}
            onChange={() => set({ enabled: !settings.enabled })}
          />{' '}
          Backstory is on
        </label>
        <table class="types">
          <thead>
            <tr>
              <th>Type</th>
              <th>Highlight</th>
              <th>Style</th>
              <th>Preview</th>
            </tr>
          </thead>
          <tbody>
            {typeGroups().map(([type, title]) => (
              <tr key={type}>
                <td>{title}</td>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`Highlight ${title}`}
                    data-testid={`type-${type}`}
                    checked={settings.types[type]}
                    onChange={() =>
                      set({ types: { ...settings.types, [type]: !settings.types[type] } })
                    }
                  />
                </td>
                <td>
                  <select
                    aria-label={`Style for ${title}`}
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
                        {s}
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
        <h2>Weak mentions</h2>
        <p class="muted">Words that name our entities only sometimes.</p>
        {WEAK_KINDS.map((kind) => (
          <label key={kind} class="block">
            <input
              type="checkbox"
              data-testid={`weak-${kind}`}
              checked={settings.weak[kind]}
              onChange={() => set({ weak: { ...settings.weak, [kind]: !settings.weak[kind] } })}
            />{' '}
            {WEAK_LABELS[kind]}
          </label>
        ))}
      </section>
      <section>
        <h2>Hover card</h2>
        <label>
          Open after{' '}
          <input
            type="range"
            min={HOVER_DELAY_RANGE.min}
            max={HOVER_DELAY_RANGE.max}
            step={50}
            value={settings.hoverDelayMs}
            data-testid="delay"
            onChange={(e) => set({ hoverDelayMs: Number((e.target as HTMLInputElement).value) })}
          />{' '}
          {settings.hoverDelayMs} ms of resting on a name
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
