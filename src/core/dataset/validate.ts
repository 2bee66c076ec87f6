/**
 * Validates the dataset files all at once and reports every problem with file, JSON path and
 * reason, so an editor fixes a whole batch per run. Pure: the caller reads the files (see
 * scripts/lib/load-dataset.ts) and passes their parsed JSON keyed by path.
 */
import { checkShape } from './check-shape.ts';
import type { RefUse } from './check-shape.ts';
import { JsonFileIssues } from './json.ts';
import { isObject, Reporter } from './loose.ts';
import type { Located, LooseDataset } from './loose.ts';
import { childPath } from './problem.ts';
import type { Problem } from './problem.ts';
import { checkAliases } from './rules/aliases.ts';
import { checkContent } from './rules/content.ts';
import { checkRefs, checkUniqueIds } from './rules/ids.ts';
import { checkFoldCollisions } from './rules/folds.ts';
import type { WordLists } from './rules/folds.ts';
import {
  blockingPhraseSchema,
  datasetFileParts,
  entitySchema,
  metaSchema,
  quoteSchema,
  sourceSchema,
  titleListSchema,
} from './schema.ts';
import type { Dataset } from './schema.ts';
import { arr, record } from './spec.ts';
import type { RefKind, Spec } from './spec.ts';

export { formatProblems } from './problem.ts';
export type { Problem } from './problem.ts';

export type ValidationResult =
  | { readonly ok: true; readonly dataset: Dataset }
  | { readonly ok: false; readonly problems: readonly Problem[] };

type Part = (typeof datasetFileParts)[keyof typeof datasetFileParts] | 'entities';

const specs: Record<Part, Spec> = {
  meta: metaSchema,
  sources: record(sourceSchema, 'id'),
  quotes: arr(quoteSchema),
  blocking: arr(blockingPhraseSchema),
  titles: arr(titleListSchema),
  entities: arr(entitySchema),
};

function partOf(file: string): Part {
  const name = file.slice(file.lastIndexOf('/') + 1);
  return Object.hasOwn(datasetFileParts, name)
    ? datasetFileParts[name as keyof typeof datasetFileParts]
    : 'entities';
}

function items(file: string, value: unknown): Located[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item, index) =>
    isObject(item) ? [{ file, path: childPath('$', index), value: item }] : [],
  );
}

/** Orders problems by file, then by path with list indexes compared as numbers. */
function byPlace(a: Problem, b: Problem): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.path.localeCompare(b.path, 'en', { numeric: true });
}

interface Collected {
  readonly found: LooseDataset;
  readonly parts: Partial<Record<Part, unknown[]>>;
  /** Kinds of id whose file could not be read: references to them cannot be checked. */
  readonly unreadable: ReadonlySet<RefKind>;
}

const refKindOf: Partial<Record<Part, RefKind>> = {
  entities: 'entity',
  sources: 'source',
  quotes: 'quote',
};

/** Reads each file: its JSON issues, its shape, and the located items the rules look at. */
function collect(files: Readonly<Record<string, unknown>>, report: Reporter, refs: RefUse[]) {
  const found: { -readonly [K in keyof LooseDataset]: LooseDataset[K] } = {
    meta: undefined,
    sources: undefined,
    entities: [],
    quotes: [],
    blocking: [],
    titles: [],
  };
  const parts: Partial<Record<Part, unknown[]>> = {};
  const unreadable = new Set<RefKind>();
  for (const file of Object.keys(files).sort()) {
    const part = partOf(file);
    const kind = refKindOf[part];
    let value = files[file];
    if (value instanceof JsonFileIssues) {
      for (const issue of value.issues) report.at({ file, path: issue.path }, issue.message);
      if (value.value === undefined) {
        if (kind) unreadable.add(kind);
        continue;
      }
      value = value.value;
    }
    checkShape(specs[part], value, '$', { file, problems: report.problems, refs });
    if (kind && !(part === 'sources' ? isObject(value) : Array.isArray(value))) {
      unreadable.add(kind);
    }
    (parts[part] ??= []).push(value);
    const located = isObject(value) ? { file, path: '$', value } : undefined;
    if (part === 'meta') found.meta = located;
    else if (part === 'sources') found.sources = located;
    else found[part] = [...found[part], ...items(file, value)];
  }
  return { found, parts, unreadable } satisfies Collected;
}

/** Files a dataset may leave out: without titles.json no word before a name is a title. */
const OPTIONAL_FILES = new Set(['titles.json']);

/** Reports missing, repeated and absent-entity files. */
function checkFileSet(names: readonly string[], report: Reporter): void {
  const first = names[0] ?? '';
  const folder = first.includes('/') ? first.slice(0, first.lastIndexOf('/') + 1) : '';
  for (const [name, part] of Object.entries(datasetFileParts)) {
    const same = names.filter((file) => partOf(file) === part);
    if (same.length === 0 && !OPTIONAL_FILES.has(name)) {
      report.at({ file: folder + name, path: '$' }, `missing file: the dataset needs ${name}`);
    }
    for (const extra of same.slice(1)) {
      report.at({ file: extra, path: '$' }, `a second ${name} (the first is ${same[0]})`);
    }
  }
  if (!names.some((file) => partOf(file) === 'entities')) {
    report.at({ file: folder + 'people.json', path: '$' }, 'no entity files: add people.json etc.');
  }
}

/**
 * Checks every file against the schema and the dataset-wide rules, and reports every problem
 * at once. `files` maps each file's path (e.g. 'assets/dataset/people.json') to its parsed
 * JSON, or to the JsonFileIssues the loader produced for a file it could not read cleanly.
 */
export function validateDataset(
  files: Readonly<Record<string, unknown>>,
  options: { readonly words?: WordLists } = {},
): ValidationResult {
  const report = new Reporter();
  const refs: RefUse[] = [];
  const { found, parts, unreadable } = collect(files, report, refs);
  checkFileSet(Object.keys(files).sort(), report);
  const ids = checkUniqueIds(found, report);
  checkRefs(refs, ids, report, unreadable);
  checkAliases(found, ids, report);
  checkContent(found, report);
  if (options.words !== undefined) checkFoldCollisions(found, options.words, report);
  if (report.problems.length > 0) {
    return { ok: false, problems: [...report.problems].sort(byPlace) };
  }
  const dataset = {
    meta: parts.meta?.[0],
    sources: parts.sources?.[0],
    entities: (parts.entities ?? []).flat(),
    quotes: (parts.quotes ?? []).flat(),
    blocking: (parts.blocking ?? []).flat(),
    titles: (parts.titles ?? []).flat(),
  };
  // Every part has just passed the schema these types are derived from.
  return { ok: true, dataset: dataset as Dataset };
}
