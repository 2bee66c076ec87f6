/**
 * Alias rules. The matcher gives each name to exactly one entity, so the same alias (under
 * aliasKey) on two entities is an error unless one of them declares `yieldsTo` the other:
 * the yielding alias stays for search and look-up but is not given to the matcher. Blocking
 * phrases must really contain a name of ours and must not be a name of ours.
 */
import { aliasKey, aliasKeyKeepingCase } from '../alias-key.ts';
import type { IdIndex } from './ids.ts';
import { listOf, objectsOf, textOf, where } from '../loose.ts';
import type { Located, LooseDataset, Reporter } from '../loose.ts';

interface AliasUse {
  readonly entity: string;
  readonly alias: Located;
  readonly text: string;
  readonly caseSensitive: boolean;
  readonly yieldsTo: string | undefined;
}

/** Two aliases with one key clash unless both are case-sensitive and differ in case. */
function clash(a: AliasUse, b: AliasUse): boolean {
  if (!a.caseSensitive || !b.caseSensitive) return true;
  return aliasKeyKeepingCase(a.text) === aliasKeyKeepingCase(b.text);
}

function collectAliases(data: LooseDataset, report: Reporter): Map<string, AliasUse[]> {
  const byKey = new Map<string, AliasUse[]>();
  for (const entity of data.entities) {
    const entityId = textOf(entity, 'id');
    if (entityId === undefined) continue;
    const seen = new Map<string, Located>();
    for (const alias of objectsOf(entity, 'aliases')) {
      const text = textOf(alias, 'text');
      if (text === undefined) continue;
      const first = seen.get(text.toLowerCase());
      if (first)
        report.at(alias, `alias '${text}' is listed twice (also at ${first.path})`, 'text');
      seen.set(text.toLowerCase(), alias);
      const yieldsTo = textOf(alias, 'yieldsTo');
      if (yieldsTo === entityId)
        report.at(alias, 'an alias cannot yield to its own entity', 'yieldsTo');
      const context = alias.value['context'];
      if (Array.isArray(context)) {
        if (context.includes(entityId))
          report.at(alias, 'context cannot name the alias’s own entity', 'context');
        if (yieldsTo !== undefined)
          report.at(
            alias,
            'an alias that yields is not matched, so it needs no context',
            'context',
          );
      }
      const use = {
        entity: entityId,
        alias,
        text,
        caseSensitive: alias.value['caseSensitive'] === true,
        yieldsTo,
      };
      const key = aliasKey(text);
      byKey.set(key, [...(byKey.get(key) ?? []), use]);
    }
  }
  return byKey;
}

function checkYield(
  use: AliasUse,
  uses: readonly AliasUse[],
  ids: IdIndex,
  report: Reporter,
): void {
  if (use.yieldsTo === undefined || use.yieldsTo === use.entity) return;
  if (!ids.entities.has(use.yieldsTo)) return; // reported as an unknown id
  const targets = uses.filter((u) => u.entity === use.yieldsTo && clash(use, u));
  if (targets.length === 0) {
    report.at(
      use.alias,
      `yields to '${use.yieldsTo}', but '${use.yieldsTo}' has no alias '${use.text}': remove "yieldsTo"`,
      'yieldsTo',
    );
  } else if (targets.every((t) => t.yieldsTo !== undefined)) {
    report.at(
      use.alias,
      `yields to '${use.yieldsTo}', which itself yields '${use.text}'`,
      'yieldsTo',
    );
  }
}

function checkOwners(uses: readonly AliasUse[], report: Reporter): void {
  const owners = uses.filter((u) => u.yieldsTo === undefined);
  owners.forEach((use, index) => {
    const earlier = owners.slice(0, index).find((o) => o.entity !== use.entity && clash(o, use));
    if (!earlier) return;
    report.at(
      use.alias,
      `alias '${use.text}' is also an alias of '${earlier.entity}' (${where(earlier.alias)}); ` +
        `add "yieldsTo": "<id>" to one of them to say which entity takes the match`,
      'text',
    );
  });
}

function checkBlocking(
  data: LooseDataset,
  byKey: ReadonlyMap<string, AliasUse[]>,
  ids: IdIndex,
  report: Reporter,
): void {
  const seen = new Map<string, Located>();
  for (const phrase of data.blocking) {
    const text = textOf(phrase, 'text');
    if (text === undefined) continue;
    const key = aliasKey(text);
    // Spelling variants ("Élysée"/"Elysee") are kept for matchers that do not fold accents.
    const first = seen.get(text.toLowerCase());
    if (first) report.at(phrase, `blocking phrase '${text}' repeats ${where(first)}`, 'text');
    seen.set(text.toLowerCase(), phrase);
    const named = byKey.get(key)?.[0];
    if (named) {
      report.at(
        phrase,
        `blocking phrase '${text}' is an alias of '${named.entity}' (${where(named.alias)}) and would hide it everywhere`,
        'text',
      );
    }
    listOf(phrase, 'blocks').forEach((id, index) => {
      if (typeof id !== 'string') return;
      const entity = ids.entities.get(id);
      if (!entity) return; // reported as an unknown id
      const names = objectsOf(entity, 'aliases').flatMap((a) => textOf(a, 'text') ?? []);
      if (!names.some((name) => key.includes(aliasKey(name)))) {
        report.at(
          { file: phrase.file, path: `${phrase.path}.blocks[${index}]` },
          `'${text}' contains no alias of '${id}', so it hides nothing of it`,
        );
      }
    });
  }
}

/** Reports aliases shared without a `yieldsTo` rule, broken rules and useless blocking phrases. */
export function checkAliases(data: LooseDataset, ids: IdIndex, report: Reporter): void {
  const byKey = collectAliases(data, report);
  for (const uses of byKey.values()) {
    for (const use of uses) checkYield(use, uses, ids, report);
    checkOwners(uses, report);
  }
  checkBlocking(data, byKey, ids, report);
}
