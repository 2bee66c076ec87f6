/**
 * A tiny runtime schema language. The dataset schema is written once in it
 * (dataset-schema.ts); the validator walks it and TypeScript derives the types from it, so
 * the two can never drift apart. Hand-written instead of zod to keep the core dependency-free
 * and to produce the exact messages dataset editors need.
 */

/** Named string checks, implemented in dataset-formats.ts. */
export type StringFormat =
  | 'id'
  | 'date'
  | 'url'
  | 'lang'
  | 'semver'
  | 'line'
  | 'alias'
  | 'description'
  | 'background'
  | 'prose'
  | 'pattern';

/** What a string refers to: checked against the set of ids once every file has been read. */
export type RefKind = 'entity' | 'source' | 'quote';

interface SpecBase {
  readonly optional?: boolean;
  /** What to tell the editor when this required field is absent, instead of the generic line. */
  readonly missing?: string;
}

/** A string, optionally restricted to a list of values, a format, or an id of something. */
export interface StringSpec<T extends string = string> extends SpecBase {
  readonly kind: 'string';
  readonly values?: readonly T[];
  readonly format?: StringFormat;
  readonly ref?: RefKind;
}

export interface BooleanSpec extends SpecBase {
  readonly kind: 'boolean';
}

export interface ArraySpec<I extends Spec = Spec> extends SpecBase {
  readonly kind: 'array';
  readonly of: I;
  readonly minItems?: number;
}

/** An object with a fixed set of fields; any other field is reported (typo guard). */
export interface ObjectSpec<F extends Fields = Fields> extends SpecBase {
  readonly kind: 'object';
  readonly fields: F;
}

/** An object used as a map from id to value (e.g. sources.json). */
export interface RecordSpec<V extends Spec = Spec> extends SpecBase {
  readonly kind: 'record';
  readonly of: V;
  readonly keyFormat?: StringFormat;
}

export type Spec = StringSpec | BooleanSpec | ArraySpec | ObjectSpec | RecordSpec;
export type Fields = { readonly [name: string]: Spec };

type Simplify<T> = { [K in keyof T]: T[K] } & {};
type OptionalKeys<F> = {
  [K in keyof F]-?: F[K] extends { readonly optional: true } ? K : never;
}[keyof F];
type InferObject<F> = Simplify<
  { readonly [K in Exclude<keyof F, OptionalKeys<F>>]: Infer<F[K]> } & {
    readonly [K in OptionalKeys<F>]?: Infer<F[K]>;
  }
>;

/** The TypeScript type of the values a spec accepts. */
export type Infer<S> =
  S extends StringSpec<infer T>
    ? T
    : S extends BooleanSpec
      ? boolean
      : S extends ArraySpec<infer I>
        ? readonly Infer<I>[]
        : S extends RecordSpec<infer V>
          ? Readonly<Record<string, Infer<V>>>
          : S extends ObjectSpec<infer F>
            ? InferObject<F>
            : never;

/** A string; `format` and `ref` add checks, `missing` explains an absent required field. */
export function str(
  options: { format?: StringFormat; ref?: RefKind; missing?: string } = {},
): StringSpec {
  return { kind: 'string', ...options };
}

/** A string that must be one of `values`; its type is their union. */
export function oneOf<const T extends string>(values: readonly T[]): StringSpec<T> {
  return { kind: 'string', values };
}

export function bool(): BooleanSpec {
  return { kind: 'boolean' };
}

export function arr<I extends Spec>(of: I, minItems?: number): ArraySpec<I> {
  return minItems === undefined ? { kind: 'array', of } : { kind: 'array', of, minItems };
}

export function obj<F extends Fields>(fields: F): ObjectSpec<F> {
  return { kind: 'object', fields };
}

export function record<V extends Spec>(of: V, keyFormat?: StringFormat): RecordSpec<V> {
  return keyFormat === undefined ? { kind: 'record', of } : { kind: 'record', of, keyFormat };
}

/** Marks a field as optional: it may be absent, but if present it must match `spec`. */
export function opt<S extends Spec>(spec: S): S & { readonly optional: true } {
  return { ...spec, optional: true };
}
