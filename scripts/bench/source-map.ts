/**
 * Just enough of source maps (v3) to name the hot functions of the minified content script in
 * a CPU profile: decodes `mappings` and finds the original file, line and name of a position.
 */
import { existsSync, readFileSync } from 'node:fs';

export interface OriginalPosition {
  readonly source: string;
  readonly line: number;
  readonly name?: string;
}

export interface SourceMapLookup {
  /** Zero-based generated line and column, as in CPU profile call frames. */
  lookup(line: number, column: number): OriginalPosition | undefined;
}

interface RawMap {
  readonly sources: readonly string[];
  readonly names: readonly string[];
  readonly mappings: string;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((c, i) => [c, i]));

function decodeSegment(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const c of segment) {
    const digit = DIGIT.get(c);
    if (digit === undefined) throw new Error(`source map: bad VLQ character '${c}'`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/** Reads `path` (a .map file); undefined when it does not exist. */
export function loadSourceMap(path: string): SourceMapLookup | undefined {
  if (!existsSync(path)) return undefined;
  const raw = JSON.parse(readFileSync(path, 'utf8')) as RawMap;
  // Per generated line: sorted [column, source, line, name] segments.
  const lines: number[][][] = [];
  let source = 0;
  let line = 0;
  let column = 0;
  let name = 0;
  for (const text of raw.mappings.split(';')) {
    const segments: number[][] = [];
    let generated = 0;
    for (const part of text.split(',')) {
      if (part === '') continue;
      const v = decodeSegment(part);
      generated += v[0]!;
      if (v.length < 4) continue;
      source += v[1]!;
      line += v[2]!;
      column += v[3]!;
      if (v.length >= 5) name += v[4]!;
      segments.push([generated, source, line, v.length >= 5 ? name : -1]);
    }
    lines.push(segments);
  }
  void column;
  return {
    lookup(genLine, genColumn) {
      const segments = lines[genLine];
      if (!segments || segments.length === 0) return undefined;
      let lo = 0;
      let hi = segments.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (segments[mid]![0]! <= genColumn) lo = mid;
        else hi = mid - 1;
      }
      const s = segments[lo]!;
      if (s[0]! > genColumn) return undefined;
      const file = (raw.sources[s[1]!] ?? '?').replace(/^(\.\.\/)+/, '');
      const n = s[3]! >= 0 ? raw.names[s[3]!] : undefined;
      return { source: file, line: s[2]! + 1, ...(n ? { name: n } : {}) };
    },
  };
}
