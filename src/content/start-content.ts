/**
 * Wires the content script: settings decide whether anything runs; then the text watcher feeds
 * blocks to the matcher, mentions are indexed and painted, and the popup, badge, commands and
 * hover card read from the index. On a page where Backstory is off, reading that setting is
 * all the work done.
 */
import { matcherTables, typeOfEntity } from 'virtual:backstory-matcher';
import { createMatcher } from '../core/matcher/matcher.ts';
import { ENTITY_TYPES } from '../core/dataset/kinds.ts';
import type { EntityType } from '../core/dataset/kinds.ts';
import { siteState } from '../core/settings.ts';
import type { Settings } from '../core/settings.ts';
import type { PageReport } from '../core/messages.ts';
import { listen, sendToBackground } from '../platform/messaging.ts';
import { loadSettings, onSettingsChanged } from '../platform/storage.ts';
import { closedShadowRootGetter } from '../platform/shadow-roots.ts';
import type { Lifecycle } from './lifecycle.ts';
import { watchMutations } from './watch/watch-mutations.ts';
import { MentionIndex } from './mentions/mention-index.ts';
import { findMentions } from './mentions/find-mentions.ts';
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
  });
  const isTop = window === window.top;
  let reportTimer: ReturnType<typeof setTimeout> | undefined;
  const sendReport = (): void => {
    if (!isTop || !lifecycle.check()) return;
    clearTimeout(reportTimer);
    reportTimer = setTimeout(() => {
      sendToBackground({ type: 'page/report', report: report() }).catch(() => lifecycle.check());
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
  update(settings: Settings): void;
  stop(): void;
}

const sameRecord = <K extends string, V>(a: Readonly<Record<K, V>>, b: Readonly<Record<K, V>>) =>
  (Object.keys(a) as K[]).every((k) => a[k] === b[k]);

/** Starts scanning, painting and interaction; `stop()` undoes all of it. */
function run(initial: Settings, lifecycle: Lifecycle, changed: () => void): Running {
  const controller = new AbortController();
  const signal = AbortSignal.any([controller.signal, lifecycle.signal]);
  let settings = initial;
  const theme = pageTheme();
  const hidden = ENTITY_TYPES.filter((t) => !settings.types[t]);
  const painter = createViewportPainter(createHighlightPainter(settings.styles, theme, hidden));
  const matcher = createMatcher(matcherTables);
  const mentions = new MentionIndex(settings);
  const typeOf = (entity: string): EntityType | undefined => typeOfEntity[entity];

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
      for (const block of removed) {
        mentions.delete(block);
        painter.delete(block);
      }
      for (const block of added) {
        mentions.set(block, findMentions(matcher, typeOf, block));
        painter.set(block, mentions.paintable(block));
      }
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
    update(next) {
      const old = settings;
      settings = next;
      if (!sameRecord(old.styles, next.styles)) painter.restyle(next.styles, theme);
      if (!sameRecord(old.types, next.types) || !sameRecord(old.weak, next.weak)) {
        const change = mentions.setFilter(next);
        for (const type of change.typesOff) painter.showType(type, false);
        for (const type of change.typesOn) painter.showType(type, true);
        // A weak kind is a property of single mentions, not of a highlight: repaint only the
        // blocks that hold one.
        for (const block of [...mentions.blocksWithWeak(change.weakChanged)])
          painter.set(block, mentions.paintable(block));
        changed();
      }
      if (old.hoverDelayMs !== next.hoverDelayMs) interaction.settingsChanged();
    },
    stop() {
      controller.abort();
      interaction.stop();
      painter.clear();
      mentions.clear();
    },
  };
}
