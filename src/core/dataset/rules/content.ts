/**
 * Content rules that look inside one entry: facts dated consistently and "as of" where they
 * can go stale, timeline dates only on events and documents, look-alikes declared both ways,
 * no self-references or repeats, and neutral wording in our own prose.
 */
import { checkDate, compareDates } from '../formats.ts';
import { foldWord } from '../page-rules.ts';
import { unattributedLoadedTerm } from './neutrality.ts';
import { listOf, objectOf, objectsOf, textOf } from '../loose.ts';
import type { Located, LooseDataset, Reporter } from '../loose.ts';

/** The field if it is a well-formed date; malformed ones are reported by the schema check. */
function dateOf(item: Located, key: string): string | undefined {
  const value = textOf(item, key);
  return value !== undefined && checkDate(value) === null ? value : undefined;
}

function checkNeutral(item: Located, field: string, report: Reporter): void {
  const text = textOf(item, field);
  const term = text === undefined ? undefined : unattributedLoadedTerm(text);
  if (term !== undefined) {
    report.at(
      item,
      `'${term}' carries one side's framing: attribute it in the same sentence ("what Azerbaijan calls …") or quote it`,
      field,
    );
  }
}

function checkRepeats(
  item: Located,
  field: string,
  own: string | undefined,
  report: Reporter,
  selfMessage = `'${own}' refers to itself`,
): void {
  const seen = new Set<unknown>();
  listOf(item, field).forEach((value, index) => {
    const place = { file: item.file, path: `${item.path}.${field}[${index}]` };
    if (seen.has(value)) report.at(place, `'${String(value)}' is listed twice`);
    if (own !== undefined && value === own) report.at(place, selfMessage);
    seen.add(value);
  });
}

function checkFacts(entity: Located, asOf: string | undefined, report: Reporter): void {
  for (const fact of objectsOf(entity, 'facts')) {
    const date = dateOf(fact, 'date');
    const factAsOf = dateOf(fact, 'asOf');
    if (fact.value['timeSensitive'] === true && !('asOf' in fact.value)) {
      report.at(fact, 'a time-sensitive fact needs "asOf": the date it was last known to hold');
    }
    if (!('asOf' in fact.value) && 'asOfSource' in fact.value) {
      report.at(fact, '"asOfSource" without "asOf": say the date it confirms', 'asOfSource');
    }
    if (date && factAsOf && compareDates(factAsOf, date) < 0) {
      report.at(fact, `"asOf" ${factAsOf} is before the fact's date ${date}`, 'asOf');
    }
    for (const field of ['date', 'asOf']) {
      const value = dateOf(fact, field);
      if (value && asOf && compareDates(value, asOf) > 0) {
        report.at(fact, `${value} is after the dataset's "asOf" ${asOf} (meta.json)`, field);
      }
    }
    checkNeutral(fact, 'value', report);
  }
}

function checkEntity(entity: Located, asOf: string | undefined, report: Reporter): void {
  const id = textOf(entity, 'id');
  const type = textOf(entity, 'type');
  const dates = objectOf(entity, 'dates');
  if (dates) {
    const start = dateOf(dates, 'start');
    const end = dateOf(dates, 'end');
    if (type !== undefined && type !== 'event' && type !== 'document') {
      report.at(
        dates,
        `"dates" feed the timeline and are for events and documents, not a ${type}: use a fact`,
      );
    }
    if (!('start' in dates.value) && !('end' in dates.value)) {
      report.at(dates, 'give "start", "end" or both');
    }
    if (start && end && compareDates(start, end) > 0) {
      report.at(dates, `starts ${start}, after its end ${end}`, 'end');
    }
  }
  const lookalike = entity.value['lookalike'] === true;
  const hasTargets = listOf(entity, 'lookalikeOf').length > 0;
  if (lookalike && !('lookalikeOf' in entity.value)) {
    report.at(entity, 'a look-alike needs "lookalikeOf": the entities it could be taken for');
  }
  if (lookalike && 'scope' in entity.value) {
    report.at(entity, '"scope" is only for our entities, not for look-alikes', 'scope');
  }
  if (!lookalike && !('scope' in entity.value)) {
    report.at(
      entity,
      'an entity needs "scope": "story" (its name counts towards a page being on the story, and ' +
        'is painted anywhere), "region" (counts, painted only on pages about the story) or ' +
        '"general" (a name common on pages about anything else)',
    );
  }
  if (!lookalike && hasTargets) {
    report.at(entity, '"lookalikeOf" is only for entities marked "lookalike": true', 'lookalikeOf');
  }
  checkRepeats(entity, 'related', id, report);
  checkRepeats(entity, 'lookalikeOf', id, report);
  const names = new Set<string>();
  for (const contested of objectsOf(entity, 'contestedNames')) {
    const name = textOf(contested, 'name');
    if (name !== undefined && names.has(name))
      report.at(contested, `'${name}' is listed twice`, 'name');
    if (name !== undefined) names.add(name);
  }
  checkNeutral(entity, 'description', report);
  checkNeutral(entity, 'background', report);
  checkFacts(entity, asOf, report);
}

function checkQuote(quote: Located, asOf: string | undefined, report: Reporter): void {
  const date = dateOf(quote, 'date');
  if (date && asOf && compareDates(date, asOf) > 0) {
    report.at(quote, `${date} is after the dataset's "asOf" ${asOf} (meta.json)`, 'date');
  }
  checkRepeats(quote, 'mentions', undefined, report);
  const speaker = textOf(quote, 'speaker');
  checkRepeats(quote, 'coSpeakers', speaker, report, `'${speaker}' is already the speaker`);
  const id = textOf(quote, 'id');
  if (id !== undefined && textOf(quote, 'fragmentOf') === id) {
    report.at(quote, `quote '${id}' cannot be a fragment of itself`, 'fragmentOf');
  }
}

/**
 * A look-alike's `claims` are names of the entity it could be taken for (compared as the page
 * stage compares them), and an other sense's `means` is a look-alike of the entity it belongs
 * to: the page stage relies on both.
 */
function checkSenseLinks(data: LooseDataset, report: Reporter): void {
  const byId = new Map(data.entities.map((e) => [textOf(e, 'id'), e]));
  for (const entity of data.entities) {
    const id = textOf(entity, 'id');
    const claims = listOf(entity, 'claims');
    if (claims.length > 0 && entity.value['lookalike'] !== true) {
      report.at(entity, '"claims" is only for look-alikes', 'claims');
    }
    const targetId = listOf(entity, 'lookalikeOf')[0];
    const target = typeof targetId === 'string' ? byId.get(targetId) : undefined;
    if (target && entity.value['lookalike'] === true) {
      const names = new Set(
        objectsOf(target, 'aliases').map((a) => foldWord(textOf(a, 'text') ?? '')),
      );
      claims.forEach((claim, i) => {
        if (typeof claim === 'string' && !names.has(foldWord(claim))) {
          report.at(
            { file: entity.file, path: `${entity.path}.claims[${i}]` },
            `'${claim}' is not a name of '${String(targetId)}': a look-alike claims only names of the entity it could be taken for`,
          );
        }
      });
    }
    objectsOf(entity, 'otherSenses').forEach((sense) => {
      const means = textOf(sense, 'means');
      const other = means === undefined ? undefined : byId.get(means);
      if (
        other &&
        !(other.value['lookalike'] === true && listOf(other, 'lookalikeOf').includes(id))
      ) {
        report.at(
          sense,
          `'${String(means)}' is not a look-alike of '${String(id)}': "means" names one of its look-alikes`,
          'means',
        );
      }
    });
  }
}

/** Runs the per-entry content rules over every entity and quote. */
export function checkContent(data: LooseDataset, report: Reporter): void {
  const asOf = data.meta ? dateOf(data.meta, 'asOf') : undefined;
  checkSenseLinks(data, report);
  for (const entity of data.entities) checkEntity(entity, asOf, report);
  for (const quote of data.quotes) checkQuote(quote, asOf, report);
}
