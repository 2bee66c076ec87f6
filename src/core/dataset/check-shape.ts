/**
 * Walks a parsed JSON value against a spec of the schema and reports every mismatch (never
 * stopping at the first), collecting the ids it refers to for the cross-file checks.
 */
import type { RefKind, Spec } from './spec.ts';
import { checkFormat } from './formats.ts';
import { childPath, didYouMean } from './problem.ts';
import type { Problem } from './problem.ts';

/** A string that names an entity, source or quote, and where it was found. */
export interface RefUse {
  readonly kind: RefKind;
  readonly id: string;
  readonly file: string;
  readonly path: string;
}

export interface ShapeContext {
  readonly file: string;
  readonly problems: Problem[];
  readonly refs: RefUse[];
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `the string ${JSON.stringify(value)}`;
  return `${typeof value} ${String(value)}`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reports into `ctx` every way `value` differs from `spec`; true when it matches fully. */
export function checkShape(spec: Spec, value: unknown, path: string, ctx: ShapeContext): boolean {
  const report = (message: string, at = path): false => {
    ctx.problems.push({ file: ctx.file, path: at, message });
    return false;
  };
  switch (spec.kind) {
    case 'string': {
      if (typeof value !== 'string') return report(`expected a string, found ${kindOf(value)}`);
      if (spec.values && !spec.values.includes(value)) {
        return report(
          `'${value}' is not one of: ${spec.values.join(', ')}${didYouMean(value, spec.values)}`,
        );
      }
      const formatProblem = spec.format ? checkFormat(spec.format, value) : null;
      if (formatProblem) return report(formatProblem);
      if (spec.ref) ctx.refs.push({ kind: spec.ref, id: value, file: ctx.file, path });
      return true;
    }
    case 'boolean':
      return typeof value === 'boolean' || report(`expected true or false, found ${kindOf(value)}`);
    case 'array': {
      if (!Array.isArray(value)) return report(`expected a list, found ${kindOf(value)}`);
      let ok = true;
      value.forEach((item, index) => {
        ok = checkShape(spec.of, item, childPath(path, index), ctx) && ok;
      });
      if (spec.minItems !== undefined && value.length < spec.minItems) {
        ok = report(`needs at least ${spec.minItems} item${spec.minItems === 1 ? '' : 's'}`);
      }
      return ok;
    }
    case 'record': {
      if (!isPlainObject(value))
        return report(`expected an object mapping ids to entries, found ${kindOf(value)}`);
      let ok = true;
      for (const [key, item] of Object.entries(value)) {
        const keyProblem = spec.keyFormat ? checkFormat(spec.keyFormat, key) : null;
        if (keyProblem) ok = report(`key ${keyProblem}`, childPath(path, key));
        ok = checkShape(spec.of, item, childPath(path, key), ctx) && ok;
      }
      return ok;
    }
    case 'object': {
      if (!isPlainObject(value)) return report(`expected an object, found ${kindOf(value)}`);
      let ok = true;
      const names = Object.keys(spec.fields);
      for (const [name, fieldSpec] of Object.entries(spec.fields)) {
        if (!(name in value)) {
          if (!fieldSpec.optional)
            ok = report(fieldSpec.missing ?? `missing required field '${name}'`);
          continue;
        }
        ok = checkShape(fieldSpec, value[name], childPath(path, name), ctx) && ok;
      }
      for (const name of Object.keys(value)) {
        if (!names.includes(name)) {
          ok = report(`unknown field '${name}'${didYouMean(name, names)}`, childPath(path, name));
        }
      }
      return ok;
    }
  }
}
