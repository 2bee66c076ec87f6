import { inflect } from './inflection.ts';
import type { MatchAlias } from './types.ts';
import {
  COMPILED_FORMAT,
  DEGREE_OFFSET,
  FLAG_BLOCK,
  FLAG_CASE_SENSITIVE,
  WEAK_SHIFT,
  type CompiledMatcher,
} from './format.ts';
import { WEAK_KINDS } from '../dataset/kinds.ts';
import { foldKey } from './normalize.ts';

export type { CompiledMatcher } from './format.ts';

const ENTITY_ID = /^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/;
const LANGUAGE = /^[a-z]{2,3}$/;
const WORD = /[\p{L}\p{N}]/u;

/** What is wrong with one alias, or undefined. */
function aliasProblem(alias: unknown): string | undefined {
  if (typeof alias !== 'object' || alias === null) return 'must be an object';
  const a = alias as Record<string, unknown>;
  if (typeof a.entity !== 'string' || !ENTITY_ID.test(a.entity)) {
    return `entity must be a kebab-case id or '' (got ${JSON.stringify(a.entity)})`;
  }
  if (typeof a.text !== 'string' || a.text.trim() === '') return 'text must be a non-empty string';
  if (typeof a.lang !== 'string' || !LANGUAGE.test(a.lang)) {
    return `lang must be a lower-case primary language subtag such as "en" or "und" (got ${JSON.stringify(a.lang)})`;
  }
  if (typeof a.caseSensitive !== 'boolean') return 'caseSensitive must be true or false';
  if (a.weak !== undefined && !WEAK_KINDS.includes(a.weak as never)) {
    return `weak must be one of ${WEAK_KINDS.join(', ')} (got ${JSON.stringify(a.weak)})`;
  }
  if (a.block !== undefined && typeof a.block !== 'boolean') return 'block must be true or false';
  if (a.entity === '' && a.block !== true) return "entity '' is only allowed on a blocking phrase";
  if (a.context !== undefined) {
    if (a.block === true) return 'a blocking phrase cannot need context';
    if (
      !Array.isArray(a.context) ||
      a.context.length === 0 ||
      !a.context.every((id) => typeof id === 'string' && id !== '' && ENTITY_ID.test(id))
    ) {
      return `context must be a non-empty array of entity ids (got ${JSON.stringify(a.context)})`;
    }
    if (a.context.includes(a.entity)) return 'context cannot name the alias’s own entity';
  }
  return undefined;
}

function where(alias: unknown, index: number): string {
  const a = (typeof alias === 'object' && alias !== null ? alias : {}) as Record<string, unknown>;
  return `alias #${index} (text ${JSON.stringify(a.text)}, entity ${JSON.stringify(a.entity)})`;
}

/** A trie under construction; serialise() lays it out breadth-first (see CompiledMatcher). */
class TrieBuilder {
  private readonly children: Map<number, number>[] = [new Map()];
  private readonly outputs: number[][] = [[]];

  insert(key: string, record: number): void {
    let node = 0;
    for (let i = 0; i < key.length; i++) {
      const unit = key.charCodeAt(i);
      let next = this.children[node]?.get(unit);
      if (next === undefined) {
        next = this.children.length;
        this.children.push(new Map());
        this.outputs.push([]);
        this.children[node]?.set(unit, next);
      }
      node = next;
    }
    const out = this.outputs[node];
    if (out !== undefined && !out.includes(record)) out.push(record);
  }

  serialise(): Pick<CompiledMatcher, 'units' | 'degrees' | 'outputs'> {
    const order = [0];
    const units = [' '];
    const degrees: string[] = [];
    const outputs: number[] = [];
    let lastTerminal = 0;
    for (let id = 0; id < order.length; id++) {
      const old = order[id] ?? 0;
      const kids = [...(this.children[old] ?? new Map<number, number>())].sort(
        (a, b) => a[0] - b[0],
      );
      if (kids.length + DEGREE_OFFSET >= 0xd800)
        throw new Error('compileMatcher: a trie node has too many children');
      degrees.push(String.fromCharCode(kids.length + DEGREE_OFFSET));
      for (const [unit, child] of kids) {
        units.push(String.fromCharCode(unit));
        order.push(child);
      }
      for (const record of [...(this.outputs[old] ?? [])].sort((a, b) => a - b)) {
        outputs.push(id - lastTerminal, record);
        lastTerminal = id;
      }
    }
    return { units: units.join(''), degrees: degrees.join(''), outputs };
  }
}

/**
 * Compiles aliases into the matcher's tables. Runs at build time; throws one error listing every
 * invalid alias (with its index, text and entity) rather than stopping at the first.
 *
 * Each alias becomes a record (entity, block/case/weak flags, the set of endings its last word
 * may take in its language, a Russian phrase getting one per case; the entities it needs as
 * context) and one trie key per inflected
 * head (see inflect()). Identical
 * records are shared; records keep the order of their first alias, which breaks exact ties.
 */
export function compileMatcher(aliases: readonly MatchAlias[]): CompiledMatcher {
  if (!Array.isArray(aliases)) {
    throw new TypeError(`compileMatcher: aliases must be an array (got ${typeof aliases})`);
  }
  const problems: string[] = [];
  const entities = new Map<string, number>();
  const endingSets = new Map<string, number>();
  const recordIds = new Map<string, number>();
  const records: number[] = [];
  const masks: string[] = [];
  const contexts: string[] = [];
  const trie = new TrieBuilder();
  const indexOf = (map: Map<string, number>, key: string): number => {
    const known = map.get(key);
    if (known !== undefined) return known;
    map.set(key, map.size);
    return map.size - 1;
  };
  aliases.forEach((alias: unknown, index) => {
    const problem = aliasProblem(alias);
    if (problem !== undefined) {
      problems.push(`${where(alias, index)}: ${problem}`);
      return;
    }
    const a = alias as MatchAlias;
    let inflection;
    try {
      inflection = inflect(a);
    } catch (error) {
      problems.push(`${where(alias, index)}: ${(error as Error).message}`);
      return;
    }
    const weak = a.weak === undefined ? 0 : WEAK_KINDS.indexOf(a.weak) + 1;
    const flags =
      (a.block === true ? FLAG_BLOCK : 0) |
      (a.caseSensitive ? FLAG_CASE_SENSITIVE : 0) |
      (weak << WEAK_SHIFT);
    const mask = a.caseSensitive ? foldKey(a.text).mask : '';
    const context = [...new Set(a.context ?? [])]
      .map((id) => indexOf(entities, id))
      .sort((x, y) => x - y)
      .join('|');
    for (const group of inflection.groups) {
      const endings = [...new Set(group.endings.map((e) => foldKey(e).key))].sort();
      const fields = [indexOf(entities, a.entity), flags, indexOf(endingSets, endings.join('|'))];
      const signature = `${fields.join(',')},${mask},${context}`;
      let record = recordIds.get(signature);
      if (record === undefined) {
        record = recordIds.size;
        recordIds.set(signature, record);
        records.push(...fields);
        masks.push(mask);
        contexts.push(context);
      }
      for (const head of group.heads) {
        const { key } = foldKey(head);
        if (!WORD.test(key)) {
          problems.push(`${where(alias, index)}: text has no letter or digit to match`);
          return;
        }
        trie.insert(key, record);
      }
    }
  });
  if (problems.length > 0) {
    throw new Error(
      `compileMatcher: ${problems.length} invalid alias(es):\n  ${problems.join('\n  ')}`,
    );
  }
  return {
    format: COMPILED_FORMAT,
    entities: [...entities.keys()],
    records,
    masks,
    contexts,
    endings: [...endingSets.keys()],
    ...trie.serialise(),
  };
}
