import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset, loadDatasetFiles } from '../../../../scripts/lib/load-dataset.ts';
import { JsonFileIssues } from '../../../../src/core/dataset/json.ts';

const minimal = 'tests/fixtures/datasets/minimal';

/** A copy of the minimal dataset in a temporary folder, with some files replaced. */
function datasetWith(replace: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'backstory-dataset-'));
  for (const name of readdirSync(minimal)) {
    writeFileSync(join(dir, name), replace[name] ?? readFileSync(join(minimal, name), 'utf8'));
  }
  return dir;
}

describe('loadDatasetFiles', () => {
  it('reads every .json file, keyed by its path relative to the working directory', () => {
    const files = loadDatasetFiles(minimal);
    expect(Object.keys(files)).toEqual(
      ['blocking', 'events', 'lookalikes', 'meta', 'people', 'places', 'quotes', 'sources'].map(
        (name) => `${minimal}/${name}.json`,
      ),
    );
    expect(files[`${minimal}/meta.json`]).toMatchObject({ version: '0.1.0' });
  });

  it('turns a syntax error into issues instead of throwing', () => {
    const dir = datasetWith({ 'people.json': '[\n  { "id": "x" "type": "person" }\n]' });
    const people = Object.entries(loadDatasetFiles(dir)).find(([path]) =>
      path.endsWith('people.json'),
    )?.[1];
    expect(people).toBeInstanceOf(JsonFileIssues);
    expect((people as JsonFileIssues).issues).toEqual([
      {
        path: '$',
        message: `invalid JSON at line 2, column 15: expected ',' or '}' but found '"'`,
      },
    ]);
  });
});

describe('loadDataset', () => {
  it('returns the validated dataset', () => {
    expect(loadDataset(minimal).entities).toHaveLength(4);
  });

  it('throws the full report when the dataset is invalid', () => {
    const dir = datasetWith({
      'people.json': '[ {"id": "x",, } ]',
      'meta.json': readFileSync(join(minimal, 'meta.json'), 'utf8').replace('0.1.0', 'one'),
    });
    expect(() => loadDataset(dir)).toThrow(
      new RegExp(
        `^The dataset in .+ has 2 problems:\\n` +
          `.+/meta\\.json: \\$\\.version: 'one' is not a semantic version such as '1\\.2\\.0'\\n` +
          `.+/people\\.json: \\$: invalid JSON at line 1, column 14: expected a double-quoted property name but found ','$`,
      ),
    );
  });
});
