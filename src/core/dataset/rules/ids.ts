/**
 * Identity rules: ids are unique, and every id the dataset refers to (related, mentions,
 * speaker, sources, fragments…) exists and is of a sensible kind.
 */
import type { RefUse } from '../check-shape.ts';
import type { RefKind } from '../spec.ts';
import { textOf, where } from '../loose.ts';
import type { Located, LooseDataset, Reporter } from '../loose.ts';
import { didYouMean } from '../problem.ts';

/** The first entity and quote with each id. */
export interface IdIndex {
  readonly entities: ReadonlyMap<string, Located>;
  readonly quotes: ReadonlyMap<string, Located>;
  readonly sources: ReadonlySet<string>;
}

function indexById(
  items: readonly Located[],
  kind: string,
  report: Reporter,
): Map<string, Located> {
  const index = new Map<string, Located>();
  for (const item of items) {
    const id = textOf(item, 'id');
    if (id === undefined) continue;
    const first = index.get(id);
    if (first)
      report.at(item, `duplicate ${kind} id '${id}' (first used at ${where(first)})`, 'id');
    else index.set(id, item);
  }
  return index;
}

/** Reports duplicate ids and returns the index the other rules use. */
export function checkUniqueIds(data: LooseDataset, report: Reporter): IdIndex {
  return {
    entities: indexById(data.entities, 'entity', report),
    quotes: indexById(data.quotes, 'quote', report),
    sources: new Set(data.sources ? Object.keys(data.sources.value) : []),
  };
}

/** The field a reference sits in: 'speaker' for `$[2].speaker`, 'related' for `$[2].related[0]`. */
function fieldOf(path: string): string {
  return /\.(\w+)(?:\[\d+\])?$/.exec(path)?.[1] ?? '';
}

function checkEntityRef(use: RefUse, target: Located, report: Reporter): void {
  const field = fieldOf(use.path);
  const type = textOf(target, 'type');
  const lookalike = target.value['lookalike'] === true;
  const place = { file: use.file, path: use.path };
  if ((field === 'speaker' || field === 'coSpeakers') && lookalike) {
    report.at(place, `'${use.id}' is a look-alike entity and cannot be a quote's speaker`);
  } else if ((field === 'speaker' || field === 'coSpeakers') && type !== undefined) {
    if (type !== 'person' && type !== 'organisation') {
      report.at(place, `speaker '${use.id}' is a ${type}; a speaker is a person or organisation`);
    }
  }
  if (field === 'lookalikeOf' && lookalike) {
    report.at(place, `'${use.id}' is itself a look-alike; name the entity it could be taken for`);
  }
  if (field === 'event' && type !== undefined && type !== 'event') {
    report.at(place, `'${use.id}' is a ${type}, not an event`);
  }
}

/**
 * Reports every reference to an id that does not exist or is of the wrong kind. Kinds in
 * `unreadable` come from a file that could not be parsed: their ids are unknown, not missing,
 * so references to them are not reported.
 */
export function checkRefs(
  refs: readonly RefUse[],
  ids: IdIndex,
  report: Reporter,
  unreadable: ReadonlySet<RefKind> = new Set(),
): void {
  for (const use of refs) {
    const place = { file: use.file, path: use.path };
    if (unreadable.has(use.kind)) continue;
    if (use.kind === 'entity') {
      const target = ids.entities.get(use.id);
      if (target) checkEntityRef(use, target, report);
      else
        report.at(place, `unknown entity id '${use.id}'${didYouMean(use.id, ids.entities.keys())}`);
    } else if (use.kind === 'source') {
      if (!ids.sources.has(use.id)) {
        report.at(place, `unknown source id '${use.id}'${didYouMean(use.id, ids.sources)}`);
      }
    } else if (!ids.quotes.has(use.id)) {
      report.at(place, `unknown quote id '${use.id}'${didYouMean(use.id, ids.quotes.keys())}`);
    }
  }
}
