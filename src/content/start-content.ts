/**
 * Wires the content script: settings decide whether anything runs; then the text watcher feeds
 * blocks to the matcher, mentions are indexed and painted, and the popup, badge, commands and
 * hover card read from the index. On a page where Backstory is off, reading that setting is
 * all the work done.
 */
import { entityTypes, matcherTables } from 'virtual:backstory-matcher';
import { createMatcher } from '../core/matcher/matcher.ts';
import { siteState } from '../core/settings.ts';
import type { HighlightType, Settings } from '../core/settings.ts';
import type { PageReport } from '../core/messages.ts';
import { listen, sendToBackground } from '../platform/messaging.ts';
import { loadSettings, onSettingsChanged } from '../platform/storage.ts';
import { closedShadowRootGetter } from '../platform/shadow-roots.ts';
import type { Lifecycle } from './lifecycle.ts';
import { watchMutations } from './watch/watch-mutations.ts';
import { blockRange } from './text/block-range.ts';
import { PageMentions } from './mentions/mention-index.ts';
import type { PageMention } from './mentions/mention-index.ts';
import type { TextBlock } from './text/text-block.ts';
import { createHighlightPainter, highlightApiAvailable } from './paint/highlight-painter.ts';
import type { Painter } from './paint/highlight-painter.ts';
import { createFallbackPainter } from './paint-fallback.ts';
import { createViewportPainter } from './paint/viewport-painter.ts';
import { pageTheme } from './paint/page-theme.ts';
import { startInteraction } from './card/interaction.ts';
import type { Interaction } from './card/interaction.ts';
import { benchCount, benchMark } from './bench-marks.ts';
import { setTranslator } from '../ui/i18n.ts';
import { browserTranslator } from '../platform/i18n.ts';

const REPORT_DELAY_MS = 400;

export async function startContent(lifecycle: Lifecycle): Promise<void> {
  setTranslator(browserTranslator);
  benchMark('backstory:start');
  const { signal } = lifecycle;
  const host = location.hostname;
  let settings = (await loadSettings()).settings;
  let running: Running | null = null;

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

  const apply = (next: Settings): void => {
    const wasOn = running !== null;
    settings = next;
    const on = siteState(settings, host) === 'on';
    if (!on && !wasOn) benchMark('backstory:off');
    if (on && !wasOn) running = run(settings, lifecycle, sendReport);
    else if (!on && running) {
      running.stop();
      running = null;
    } else running?.update(settings);
    sendReport();
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
  readonly mentions: PageMentions;
  readonly interaction: Interaction;
  update(settings: Settings): void;
  stop(): void;
}

/** Starts scanning, painting and interaction; `stop()` undoes all of it. */
function run(initial: Settings, lifecycle: Lifecycle, changed: () => void): Running {
  const controller = new AbortController();
  const signal = AbortSignal.any([controller.signal, lifecycle.signal]);
  let settings = initial;
  const theme = pageTheme();
  // Only the Highlight API pays per registered range on every change; the fallback's wrappers
  // cost once each and stay eager.
  const painter: Painter = highlightApiAvailable()
    ? createViewportPainter(createHighlightPainter(settings.styles, theme))
    : createFallbackPainter(settings.styles, theme);
  const matcher = createMatcher(matcherTables);
  const mentions = new PageMentions();
  /** All mentions found per block, before the settings' filter. */
  const found = new Map<TextBlock, PageMention[]>();

  const typeOf = (entity: string): HighlightType | undefined => entityTypes[entity];
  const visible = (m: PageMention): boolean =>
    settings.types[m.type] && (m.weak === undefined || settings.weak[m.weak]);
  const show = (block: TextBlock, all: readonly PageMention[]): void => {
    const shown = all.filter(visible);
    mentions.set(block, shown);
    painter.set(block, shown);
  };
  const scan = (block: TextBlock): void => {
    const list: PageMention[] = [];
    for (const m of matcher.find(block.text)) {
      const type = typeOf(m.entity);
      if (!type) continue;
      const range = new StaticRange(blockRange(block, m.start, m.end));
      const pm = { entity: m.entity, type, weak: m.weak, block, start: m.start, end: m.end, range };
      list.push({ ...pm, key: pm });
    }
    if (list.length) found.set(block, list);
    else found.delete(block);
    show(block, list);
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
      for (const block of removed) {
        found.delete(block);
        mentions.delete(block);
        painter.delete(block);
      }
      for (const block of added) scan(block);
      if (added.length || removed.length) changed();
      benchMark('backstory:painted');
      // Far from the viewport a mention is found but not painted: the live benchmark counts these.
      benchCount('backstory:found', () => mentions.total);
    },
    { signal, ...(getShadowRoot ? { getShadowRoot } : {}) },
  );
  void watcher.whenIdle().then(() => benchMark('backstory:idle'));

  const stop = (): void => {
    controller.abort();
    interaction.stop();
    painter.clear();
    mentions.clear();
    found.clear();
  };
  lifecycle.onTeardown(stop);
  return {
    mentions,
    interaction,
    update(next) {
      const restyle = JSON.stringify(next.styles) !== JSON.stringify(settings.styles);
      settings = next;
      if (restyle) painter.restyle(settings.styles, theme);
      for (const [block, all] of found) show(block, all);
      interaction.settingsChanged();
    },
    stop,
  };
}
