/**
 * Cross-file rules run even on entries that failed the schema, so that one bad field never
 * hides another problem. These helpers read such half-valid JSON without trusting it.
 */
import type { Problem } from './problem.ts';

/** A JSON object from a dataset file and where it sits. */
export interface Located {
  readonly file: string;
  readonly path: string;
  readonly value: Readonly<Record<string, unknown>>;
}

/** The dataset as read so far, each part possibly missing or partly invalid. */
export interface LooseDataset {
  readonly meta: Located | undefined;
  readonly sources: Located | undefined;
  readonly entities: readonly Located[];
  readonly quotes: readonly Located[];
  readonly blocking: readonly Located[];
  readonly titles: readonly Located[];
}

export function isObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The field if it is a string. */
export function textOf(item: Located, key: string): string | undefined {
  const value = item.value[key];
  return typeof value === 'string' ? value : undefined;
}

/** The field's items if it is a list. */
export function listOf(item: Located, key: string): readonly unknown[] {
  const value = item.value[key];
  return Array.isArray(value) ? value : [];
}

/** The object items of a list field, each located. */
export function objectsOf(item: Located, key: string): Located[] {
  return listOf(item, key).flatMap((value, index) =>
    isObject(value) ? [{ file: item.file, path: `${item.path}.${key}[${index}]`, value }] : [],
  );
}

/** The object field, located. */
export function objectOf(item: Located, key: string): Located | undefined {
  const value = item.value[key];
  return isObject(value) ? { file: item.file, path: `${item.path}.${key}`, value } : undefined;
}

/** Collects problems; `at` points at an item or at one of its fields. */
export class Reporter {
  readonly problems: Problem[] = [];

  at(item: Pick<Located, 'file' | 'path'>, message: string, field?: string): void {
    this.problems.push({
      file: item.file,
      path: field === undefined ? item.path : `${item.path}.${field}`,
      message,
    });
  }
}

/** "people.json $[3]" — how a message points at another place in the dataset. */
export function where(item: Pick<Located, 'file' | 'path'>): string {
  return `${item.file} ${item.path}`;
}
