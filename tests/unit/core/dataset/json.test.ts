import { describe, expect, it } from 'vitest';
import { JsonFileIssues, readDatasetJson } from '../../../../src/core/dataset/json.ts';

function issues(text: string): unknown {
  const result = readDatasetJson(text);
  return result instanceof JsonFileIssues ? result.issues : result;
}

describe('readDatasetJson', () => {
  it('returns the parsed value of valid JSON, with or without a byte-order mark', () => {
    expect(readDatasetJson('{"a": [1, true, null, "x"]}')).toEqual({ a: [1, true, null, 'x'] });
    expect(readDatasetJson('\uFEFF[1.5e3, -2]')).toEqual([1500, -2]);
  });

  it.each([
    [
      '[\n  {"a": 1,}\n]',
      "invalid JSON at line 2, column 11: expected a double-quoted property name but found '}'",
    ],
    ['{"a": 1\n"b": 2}', `invalid JSON at line 2, column 1: expected ',' or '}' but found '"'`],
    ['[1, 2', "invalid JSON at line 1, column 6: expected ',' or ']' but found end of file"],
    ['{"a": tru}', "invalid JSON at line 1, column 7: expected a value but found 't'"],
    ['{"a": "unterminated}', 'invalid JSON at line 1, column 7: unterminated string'],
    ['[1] [2]', "invalid JSON at line 1, column 5: expected end of file but found '['"],
    [
      "{'a': 1}",
      "invalid JSON at line 1, column 2: expected a double-quoted property name but found '''",
    ],
    ['', 'invalid JSON at line 1, column 1: expected a value but found end of file'],
  ])('locates the error in %j', (text, message) => {
    expect(issues(text)).toEqual([{ path: '$', message }]);
  });

  it('reports duplicate keys with their JSON path, and still returns the value', () => {
    const result = readDatasetJson('{\n  "src-a": {"url": 1, "url": 2},\n  "src-a": {}\n}');
    expect(result).toBeInstanceOf(JsonFileIssues);
    const { issues: found, value } = result as JsonFileIssues;
    expect(found).toEqual([
      {
        path: '$["src-a"].url',
        message: "duplicate key 'url' (line 2, column 23): JSON keeps only the last",
      },
      {
        path: '$["src-a"]',
        message: "duplicate key 'src-a' (line 3, column 3): JSON keeps only the last",
      },
    ]);
    expect(value).toEqual({ 'src-a': {} });
  });

  it('accepts escaped quotes and unicode escapes inside strings', () => {
    expect(readDatasetJson('["a \\" b", "\\u0531"]')).toEqual(['a " b', 'Ա']);
  });
});
