/**
 * Synthetic datasets for the growth table: the shipped dataset plus `count` generated entities
 * with five aliases each (a full name, a spelling variant, a Cyrillic transliteration, an
 * initial-and-surname form and the bare surname, weak), written as one more entity file in a
 * copy of assets/dataset so that they pass the same validator and build step as real data.
 * Generated names always contain one of k, v, z, x, q, so they cannot be an English filler word
 * of the fixture pages.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seeded } from './prng.ts';
import type { Random } from './prng.ts';

const CONSONANTS = ['k', 'v', 'z', 'x', 'q', 'r', 'm', 't', 'n', 'l', 'd', 's', 'b', 'p', 'g'];
const VOWELS = ['a', 'o', 'u', 'i', 'e'];
const RARE = /[kvzxq]/;
const CYRILLIC: Record<string, string> = {
  k: 'к',
  v: 'в',
  z: 'з',
  x: 'кс',
  q: 'к',
  r: 'р',
  m: 'м',
  t: 'т',
  n: 'н',
  l: 'л',
  d: 'д',
  s: 'с',
  b: 'б',
  p: 'п',
  g: 'г',
  a: 'а',
  o: 'о',
  u: 'у',
  i: 'и',
  e: 'е',
};
const TYPES = ['person', 'place', 'organisation'] as const;

function word(random: Random, syllables: number): string {
  for (;;) {
    let w = '';
    for (let i = 0; i < syllables; i++) w += random.pick(CONSONANTS) + random.pick(VOWELS);
    if (RARE.test(w)) return w;
  }
}

const capital = (w: string): string => w[0]!.toUpperCase() + w.slice(1);
const cyrillic = (text: string): string =>
  [...text]
    .map((c) => {
      const lower = c.toLowerCase();
      const mapped = CYRILLIC[lower] ?? c;
      return c !== lower ? mapped.toUpperCase() : mapped;
    })
    .join('');

/** The entities, as dataset JSON (one array of entity objects). */
export function syntheticEntities(count: number, seed = 99): object[] {
  const random = seeded(seed);
  const used = new Set<string>();
  const fresh = (make: () => string): string => {
    for (;;) {
      const w = make();
      if (!used.has(w)) {
        used.add(w);
        return w;
      }
    }
  };
  const entities: object[] = [];
  for (let i = 0; i < count; i++) {
    const given = capital(fresh(() => word(random, random.int(2, 3))));
    const family = capital(fresh(() => word(random, 3)));
    const name = `${given} ${family}`;
    const type = TYPES[i % TYPES.length]!;
    const id = `bench-${String(i + 1).padStart(5, '0')}`;
    entities.push({
      id,
      type,
      name,
      description: `A fictional ${type} generated for the Backstory benchmark (${i + 1} of ${count}).`,
      background: `${name} is a fictional ${type} made up for measuring how Backstory scales with the size of its dataset. It appears on no real page.`,
      facts: [],
      related: [],
      link: `https://example.org/backstory-bench/${id}`,
      aliases: [
        { text: name, lang: 'en' },
        { text: `${given} ${family.slice(0, -1)}ou`, lang: 'fr' },
        { text: cyrillic(name), lang: 'ru' },
        { text: `${given[0]}. ${family}`, lang: 'en' },
        { text: family, lang: 'en', weak: 'surname' },
      ],
    });
  }
  return entities;
}

/** Writes the shipped dataset plus `count` synthetic entities to `dir` (replacing it). */
export function writeSyntheticDataset(dir: string, count: number, from = 'assets/dataset'): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(from, dir, { recursive: true });
  writeFileSync(join(dir, 'synthetic.json'), JSON.stringify(syntheticEntities(count), null, 1));
}
