/**
 * Wires the content script: settings decide whether anything runs; then the text watcher feeds
 * blocks to the matcher, mentions are indexed and painted, and the popup, badge, commands and
 * hover card read from the index. On a page where Backstory is off, reading that setting is
 * all the work done.
 */
import { matcherTables, pageRules, typeOfEntity } from 'virtual:backstory-matcher';
import { createMatcher } from '../core/matcher/matcher.ts';
import { ENTITY_TYPES } from '../core/dataset/kinds.ts';
import type { EntityType } from '../core/dataset/kinds.ts';
import { shownScopes, siteState } from '../core/settings.ts';
import type { Settings } from '../core/settings.ts';
import type { PageReport } from '../core/messages.ts';
import { listen, sendToBackground } from '../platform/messaging.ts';
import { loadSettings, onSettingsChanged } from '../platform/storage.ts';
import { closedShadowRootGetter } from '../platform/shadow-roots.ts';
import type { Lifecycle } from './lifecycle.ts';
import { watchMutations } from './watch/watch-mutations.ts';
import { MentionIndex, compareBlocks } from './mentions/mention-index.ts';
import type { MentionFilter } from './mentions/mention-index.ts';
import { NO_STAGE, pageMentions, readTextBlock } from './mentions/find-mentions.ts';
import { PageStage } from './mentions/page-stage.ts';
import { readContext } from './mentions/read-block.ts';
import type { TextBlock } from './text/text-block.ts';
import { createHighlightPainter, highlightApiAvailable } from './paint/highlight-painter.ts';
import { createViewportPainter } from './paint/viewport-painter.ts';
import { pageTheme } from './paint/page-theme.ts';
import { startInteraction } from './card/interaction.ts';
import type { Interaction } from './card/interaction.ts';
import { benchCount, benchMark } from './bench-marks.ts';
import { setTranslator } from '../ui/i18n.ts';
import { browserTranslator } from '../platform/i18n.ts';

const REPORT_DELAY_MS = 400;

export async function startContent(lifecycle: Lifecycle): Promise<void> {
  if (!highlightApiAvailable()) {
    // Both browsers the manifest allows have it; anywhere else, staying off beats wrapping the
    // page's text in elements of ours.
    console.debug('[Backstory] off: this browser has no CSS Custom Highlight API');
    return;
  }
  setTranslator(browserTranslator);
  benchMark('backstory:start');
  const { signal } = lifecycle;
  const host = location.hostname;
  let settings = (await loadSettings()).settings;
  let running: Running | null = null;
  lifecycle.onTeardown(() => {
    running?.stop();
    running = null;
  });

  const report = (): PageReport => ({
    state: siteState(settings, host),
    host,
    counts: running?.mentions.countList() ?? [],
    story: running?.onStory ?? false,
    quiet: running?.mentions.quietList() ?? [],
  });
  const isTop = window === window.top;
  let reportTimer: ReturnType<typeof setTimeout> | undefined;
  const sendReport = (): void => {
    if (!isTop || !lifecycle.check()) return;
    clearTimeout(reportTimer);
    reportTimer = setTimeout(() => {
      // The extension may have been reloaded since: its APIs then throw at once, not reject.
      if (!lifecycle.check()) return;
      try {
        sendToBackground({ type: 'page/report', report: report() }).catch(() => lifecycle.check());
      } catch {
        lifecycle.check();
      }
    }, REPORT_DELAY_MS);
  };
  lifecycle.onTeardown(() => clearTimeout(reportTimer));

  let state: ReturnType<typeof siteState> | undefined;
  const apply = (next: Settings): void => {
    const wasOn = running !== null;
    settings = next;
    const before = state;
    state = siteState(settings, host);
    const on = state === 'on';
    if (!on && !wasOn) benchMark('backstory:off');
    if (on && !wasOn) running = run(settings, lifecycle, sendReport);
    else if (!on && running) {
      running.stop();
      running = null;
    } else running?.update(settings);
    // Counts change only through the filter (update reports those) or by switching on or off.
    if (state !== before) sendReport();
  };

  listen(
    {
      'page/get-report': () => report(),
      'page/show-entity': ({ entity }) => ({
        found: running?.interaction.showEntity(entity) ?? false,
      }),
      'page/show-general': () => {
        running?.showGeneral();
        return { ok: true };
      },
      'page/step': ({ direction }) => ({ found: running?.interaction.step(direction) ?? false }),
      'page/open-card': ({ entity, text }) => {
        running?.interaction.lookUp(entity, text);
        return { ok: true };
      },
    },
    signal,
  );
  onSettingsChanged(({ settings: next }) => {
    if (lifecycle.check()) apply(next);
  }, signal);
  apply(settings);
}

interface Running {
  readonly mentions: MentionIndex;
  readonly interaction: Interaction;
  readonly onStory: boolean;
  /** Paints this page's general names too, until it navigates away. */
  showGeneral(): void;
  update(settings: Settings): void;
  stop(): void;
}

const sameRecord = <K extends string, V>(a: Readonly<Record<K, V>>, b: Readonly<Record<K, V>>) =>
  (Object.keys(a) as K[]).every((k) => a[k] === b[k]);

/** The page's address without its fragment: a jump to an anchor is not a new page. */
const pageAddress = (): string => location.href.replace(/#.*$/, '');

/** Starts scanning, painting and interaction; `stop()` undoes all of it. */
function run(initial: Settings, lifecycle: Lifecycle, changed: () => void): Running {
  const controller = new AbortController();
  const signal = AbortSignal.any([controller.signal, lifecycle.signal]);
  let settings = initial;
  const theme = pageTheme();
  const hidden = ENTITY_TYPES.filter((t) => !settings.types[t]);
  const painter = createViewportPainter(createHighlightPainter(settings.styles, theme, hidden));
  const matcher = createMatcher(matcherTables);
  const typeOf = (entity: string): EntityType | undefined => typeOfEntity[entity];
  const ctx = readContext(pageRules, typeOf);
  const stage = new PageStage<TextBlock>(pageRules, compareBlocks);
  /** The reader asked to see this page's general names ("Also named on this page"). */
  let shownByReader = false;
  let address = pageAddress();
  const filter = (): MentionFilter => ({
    types: settings.types,
    weak: settings.weak,
    // Without the stage (a benchmark baseline) every page is on the story, as before it.
    ...shownScopes(settings.generalNames, stage.onStory || NO_STAGE, shownByReader),
  });
  const mentions = new MentionIndex(filter());

  /** Applies a new filter: hides or shows types, repaints only the blocks it affects. */
  const refilter = (): void => {
    const change = mentions.setFilter(filter());
    for (const type of change.typesOff) painter.showType(type, false);
    for (const type of change.typesOn) painter.showType(type, true);
    for (const block of [...mentions.blocksAffected(change.weakChanged, change.generalChanged)])
      painter.set(block, mentions.paintable(block));
    if (
      change.typesOff.length ||
      change.typesOn.length ||
      change.weakChanged.length ||
      change.generalChanged
    )
      changed();
  };

  const interaction = startInteraction({
    matcher,
    mentions,
    settings: () => settings,
    signal,
    theme,
  });
  const getShadowRoot = closedShadowRootGetter();
  const watcher = watchMutations(
    document,
    ({ added, removed }) => {
      const navigated = pageAddress() !== address;
      if (navigated) {
        address = pageAddress();
        shownByReader = false;
      }
      for (const block of removed) {
        stage.delete(block);
        mentions.delete(block);
        painter.delete(block);
      }
      // An SPA navigation: the new page decides afresh from what it shows, once the old page's
      // blocks are gone (counting them would keep it on the story).
      if (navigated) stage.reset();
      // Most blocks name nothing: they cannot sway the stage, so they never reach it (nor the
      // index or the painter), and their place on the page is not even looked up.
      const named: TextBlock[] = [];
      for (const block of added) {
        const read = readTextBlock(matcher, ctx, block);
        if (read === null) continue;
        stage.set(block, read);
        named.push(block);
      }
      // A new full name can change who the surnames of other blocks are: the stage says which.
      for (const block of stage.update(named).changed) {
        mentions.set(block, pageMentions(block, stage.mentionsOf(block), typeOf));
        painter.set(block, mentions.paintable(block));
      }
      refilter();
      if (added.length || removed.length) changed();
      benchMark('backstory:painted');
      // Far from the viewport a mention is found but not painted: the live benchmark counts these.
      benchCount('backstory:found', () => mentions.total);
    },
    { signal, ...(getShadowRoot ? { getShadowRoot } : {}) },
  );
  void watcher.whenIdle().then(() => benchMark('backstory:idle'));

  return {
    mentions,
    interaction,
    get onStory() {
      return stage.onStory;
    },
    showGeneral() {
      shownByReader = true;
      refilter();
    },
    update(next) {
      const old = settings;
      settings = next;
      if (!sameRecord(old.styles, next.styles)) painter.restyle(next.styles, theme);
      refilter();
      if (old.hoverDelayMs !== next.hoverDelayMs) interaction.settingsChanged();
    },
    stop() {
      controller.abort();
      interaction.stop();
      painter.clear();
      mentions.clear();
      stage.clear();
    },
  };
}
