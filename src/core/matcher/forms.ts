import { RECORD_WIDTH, type CompiledMatcher } from './format.ts';
import { loadTrie } from './trie.ts';

/** One full folded form an alias record matches: its stem key plus one of its endings. */
export interface RecordForm {
  readonly record: number;
  readonly form: string;
}

/**
 * Every (record, form) pair the compiled tables describe, by walking the trie depth-first and
 * appending each record's endings. Used by the regex design and by tests; the trie design never
 * needs the forms written out.
 */
export function recordForms(compiled: CompiledMatcher): RecordForm[] {
  const trie = loadTrie(compiled);
  const sets = compiled.endings.map((joined) => joined.split('|'));
  const forms: RecordForm[] = [];
  const stack: [node: number, key: string][] = [[0, '']];
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    const [node, key] = top;
    for (let k = trie.outStart[node] ?? 0; k < (trie.outStart[node + 1] ?? 0); k++) {
      const record = trie.outRecord[k] ?? 0;
      const endings = sets[compiled.records[record * RECORD_WIDTH + 2] ?? 0] ?? [''];
      for (const ending of endings) forms.push({ record, form: key + ending });
    }
    for (let c = trie.first[node] ?? 0; c < (trie.first[node + 1] ?? 0); c++) {
      stack.push([c, key + String.fromCharCode(trie.unit[c] ?? 0)]);
    }
  }
  return forms;
}
