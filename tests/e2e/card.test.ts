import { describe, expect, it } from 'vitest';
import { BROWSERS, useSession } from './support/session.ts';
import { cardState, paintedMentions, waitForPaint } from './support/page-probes.ts';
import { cardClosed, cardOpen, hoverMention } from './support/hover.ts';
import { mentionPoint } from './support/page-probes.ts';

describe.each(BROWSERS)('card details in %s', (name) => {
  const session = useSession(name);

  it('joins a name split by inline tags into one mention and one card, never across cells', async () => {
    const { ext, server } = session();
    const page = await ext.openPage(server.url('/split.html'));
    const painted = await waitForPaint(page, 3);
    const texts = painted.map((p) => p.text).sort();
    // "Ilham Aliyev" spans <b> and a text node; "Jabrayil" spans two spans; the table's two
    // cells stay apart (a bare "Aliyev" is a weak surname mention, highlighted by default).
    expect(texts).toEqual(['Aliyev', 'Ilham Aliyev', 'Jabrayil', 'Nikol Pashinyan'].sort());
    await hoverMention(page, 'Ilham Aliyev');
    await cardOpen(page);
    expect((await cardState(page))?.label).toBe('Backstory: Ilham Aliyev');
    const hosts = await page.evaluate(
      () => document.querySelectorAll('backstory-card-host').length,
    );
    expect(hosts).toBe(1);
    await page.close();
  });

  it('paints with the dark palette on a dark page', async () => {
    const { ext, server } = session();
    const page = await ext.openPage(server.url('/dark.html'));
    const painted = await waitForPaint(page, 3);
    expect(painted.find((p) => p.text === 'Nikol Pashinyan')?.name).toBe(
      'backstory-dark-underline-person',
    );
    await page.close();
  });

  it('a tap opens the card instead of following the link; a tap outside closes it', async () => {
    const { ext, server } = session();
    const page = await ext.openPage(server.url('/split.html'));
    await waitForPaint(page, 3);
    const point = await mentionPoint(page, 'Nikol Pashinyan');
    await page.touchscreen.tap(point!.x, point!.y);
    await cardOpen(page);
    expect(page.url()).toContain('/split.html');
    expect((await cardState(page))?.label).toBe('Backstory: Nikol Pashinyan');
    await page.touchscreen.tap(5, 5);
    await cardClosed(page);
    expect(await paintedMentions(page)).not.toHaveLength(0);
    await page.close();
  });
});
