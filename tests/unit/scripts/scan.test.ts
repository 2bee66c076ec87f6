import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { ARTICLE_ENTITIES } from '../../fixtures/article-entities.ts';

/**
 * `npm run scan` as maintainers run it: the real command in a child process, its JSON lines,
 * its error messages and its exit status.
 */
const run = promisify(execFile);

interface Result {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

async function scan(...args: string[]): Promise<Result> {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', 'tsx', 'scripts/scan.ts', ...args],
      { encoding: 'utf8' },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

interface Line {
  readonly file: string;
  readonly mentions: readonly { readonly entity: string; readonly text: string }[];
}

interface Printed {
  readonly file: string;
  readonly onStory: boolean;
  readonly mentions: readonly { entity: string; text: string; painted: boolean }[];
}

const printed = (stdout: string): Printed[] =>
  stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Printed);

/** The lines with each mention's entity and text, for comparing what was found. */
const lines = (stdout: string): Line[] =>
  printed(stdout).map(({ file, mentions }) => ({
    file,
    mentions: mentions.map(({ entity, text }) => ({ entity, text })),
  }));

const ARTICLE = 'tests/fixtures/article.txt';
const article = readFileSync(ARTICLE, 'utf8');

/** Every occurrence of these forms in the article is a mention of the entity, and no other. */
const OCCURRENCES: readonly [string, RegExp][] = [
  ['ilham-aliyev', /Aliyev/g],
  ['ani-badalyan', /Badalyan/g],
  ['2023-karabakh-offensive', /anti-terror operation/g],
  ['baku', /\bBaku\b/g],
  ['yerevan', /Yerevan/g],
  ['france', /France/g],
  ['cop29', /COP29/g],
  ['second-karabakh-war', /second Karabakh war/g],
  ['nagorno-karabakh', /Artsakh(?! Armed)/g],
];

describe('npm run scan', () => {
  const dir = mkdtempSync(join(tmpdir(), 'backstory-scan-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lists every entity of the article a careful reader would link, each occurrence', async () => {
    const result = await scan(ARTICLE);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const [line, ...rest] = lines(result.stdout);
    expect(rest).toEqual([]);
    expect(line?.file).toBe(ARTICLE);
    const mentions = line?.mentions ?? [];
    expect([...new Set(mentions.map((m) => m.entity))].sort()).toEqual(ARTICLE_ENTITIES);
    for (const [entity, form] of OCCURRENCES) {
      const expected = article.match(form)?.length ?? 0;
      expect(expected, `${form} occurs in the article`).toBeGreaterThan(0);
      expect(mentions.filter((m) => m.entity === entity).length, entity).toBe(expected);
    }
    // The article is on the story, and every mention in it is painted.
    const [page] = printed(result.stdout);
    expect(page?.onStory).toBe(true);
    expect(page?.mentions.filter((m) => !m.painted)).toEqual([]);
    // Document order: the headline's "Aliyev", "Armenia", "Yerevan" come first.
    expect(mentions.slice(0, 3)).toEqual([
      { entity: 'ilham-aliyev', text: 'Aliyev' },
      { entity: 'armenia', text: 'Armenia' },
      { entity: 'yerevan', text: 'Yerevan' },
    ]);
  });

  it('reads HTML with the content script’s rules: skipped elements stay skipped', async () => {
    const page = join(dir, 'page.html');
    writeFileSync(
      page,
      '<!doctype html><title>Nikol Pashinyan</title><p>Ilham <b>Aliyev</b> spoke in Jabrayil.</p>' +
        '<script>var s = "Antony Blinken";</script><textarea>Emmanuel Macron</textarea>' +
        '<p contenteditable>Jeyhun Bayramov</p><p>“Let them not forget about the anti-terror operation,” Aliyev added.</p>',
    );
    const result = await scan(page);
    expect(result.code).toBe(0);
    expect(lines(result.stdout)).toEqual([
      {
        file: page,
        mentions: [
          { entity: 'ilham-aliyev', text: 'Ilham Aliyev' },
          { entity: 'jabrayil', text: 'Jabrayil' },
          { entity: '2023-karabakh-offensive', text: 'anti-terror operation' },
          { entity: 'ilham-aliyev', text: 'Aliyev' },
        ],
      },
    ]);
  });

  it('needs context for a phrase that names the offensive only in its setting', async () => {
    const text = join(dir, 'chechnya.txt');
    writeFileSync(text, "Russia's anti-terror operation in Chechnya lasted ten years.\n");
    const result = await scan(text);
    expect(lines(result.stdout)[0]?.mentions).toEqual([{ entity: 'russia', text: 'Russia' }]);
  });

  it('says which file is missing or of the wrong kind, scans the rest and exits 1', async () => {
    const other = join(dir, 'notes.pdf');
    writeFileSync(other, '%PDF');
    const result = await scan(join(dir, 'missing.txt'), ARTICLE, other);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `scan: ${join(dir, 'missing.txt')}: cannot read (no such file)`,
    );
    expect(result.stderr).toContain(`scan: ${other}: not a .html or .txt file`);
    expect(lines(result.stdout).map((l) => l.file)).toEqual([ARTICLE]);
  });

  it('prints its usage and exits 2 without files', async () => {
    const result = await scan();
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('usage: npm run scan -- [--all] FILE.html|FILE.txt');
  });
});
