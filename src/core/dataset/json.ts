/**
 * Reads a dataset file's JSON text. JSON.parse in Node 20 often gives no position for a
 * syntax error and silently keeps the last of two equal keys (two sources with one id), so a
 * small scanner locates syntax errors by line and column and reports duplicate keys.
 */
import { childPath } from './problem.ts';

/** What could not be read from a file; the validator turns each issue into a Problem. */
export class JsonFileIssues {
  constructor(
    readonly issues: readonly { readonly path: string; readonly message: string }[],
    /** The parsed value when the text is valid JSON but has duplicate keys. */
    readonly value?: unknown,
  ) {}
}

class ScanError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

function describe(text: string, offset: number): string {
  const char = text[offset];
  return char === undefined ? 'end of file' : `'${char}'`;
}

/** A minimal JSON scanner that walks the text only to find where and what is wrong. */
function scan(text: string, duplicates: { path: string; message: string }[]): void {
  let i = 0;
  const space = () => {
    while (/[ \t\n\r]/.test(text[i] ?? '')) i++;
  };
  const fail = (expected: string): never => {
    throw new ScanError(`expected ${expected} but found ${describe(text, i)}`, i);
  };
  const string = (): string => {
    const start = i;
    i++;
    while (text[i] !== '"') {
      if (i >= text.length) throw new ScanError('unterminated string', start);
      if (text[i] === '\\') i++;
      else if ((text.charCodeAt(i) ?? 0) < 0x20) fail('no raw control character in a string');
      i++;
    }
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (path: string): void => {
    space();
    const char = text[i];
    if (char === '{') {
      i++;
      space();
      const seen = new Set<string>();
      if (text[i] === '}') return void i++;
      for (;;) {
        space();
        if (text[i] !== '"') fail('a double-quoted property name');
        const at = i;
        const key = string();
        const keyPath = childPath(path, key);
        if (seen.has(key)) {
          duplicates.push({
            path: keyPath,
            message: `duplicate key '${key}' (${lineAndColumn(text, at)}): JSON keeps only the last`,
          });
        }
        seen.add(key);
        space();
        if (text[i] !== ':') fail("':' after a property name");
        i++;
        value(keyPath);
        space();
        if (text[i] === ',') i++;
        else if (text[i] === '}') return void i++;
        else fail("',' or '}'");
      }
    }
    if (char === '[') {
      i++;
      space();
      if (text[i] === ']') return void i++;
      for (let index = 0; ; index++) {
        value(childPath(path, index));
        space();
        if (text[i] === ',') i++;
        else if (text[i] === ']') return void i++;
        else fail("',' or ']'");
      }
    }
    if (char === '"') return void string();
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(
      text.slice(i),
    );
    if (!literal) fail('a value');
    i += literal?.[0].length ?? 0;
  };
  value('$');
  space();
  if (i < text.length) fail('end of file');
}

/**
 * Parses one dataset file: the value itself when all is well, otherwise a JsonFileIssues
 * naming the syntax error's line and column, or the duplicate keys.
 */
export function readDatasetJson(text: string): unknown {
  const body = text.replace(/^\uFEFF/, '');
  const duplicates: { path: string; message: string }[] = [];
  try {
    scan(body, duplicates);
  } catch (error) {
    if (!(error instanceof ScanError)) throw error;
    const where = lineAndColumn(body, error.offset);
    return new JsonFileIssues([
      { path: '$', message: `invalid JSON at ${where}: ${error.message}` },
    ]);
  }
  const value: unknown = JSON.parse(body);
  return duplicates.length === 0 ? value : new JsonFileIssues(duplicates, value);
}
