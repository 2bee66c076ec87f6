/**
 * The checks behind each StringFormat of the schema. Each returns a message naming what is
 * wrong, or null when the value is fine.
 */
import type { StringFormat } from './spec.ts';
import { endsSentence, splitSentences } from './sentences.ts';

export const maxDescriptionLength = 160;
export const backgroundSentences = { min: 2, max: 5 } as const;

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const datePattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const urlPattern =
  /^https?:\/\/(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}(?::\d+)?(?:[/?#]\S*)?$/i;
const semverPattern = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;
// eslint-disable-next-line no-control-regex -- control characters are exactly what we reject
const controlChars = /[\u0000-\u001f\u007f]/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Null for a valid ISO 8601 calendar date of year, month or day precision. */
export function checkDate(value: string): string | null {
  const match = datePattern.exec(value);
  if (!match) return `'${value}' is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)`;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month !== undefined && (month < 1 || month > 12)) {
    return `'${value}' has no month ${month}`;
  }
  if (month !== undefined && day !== undefined && (day < 1 || day > daysInMonth(year, month))) {
    return `'${value}' is not a day of the calendar`;
  }
  return null;
}

/** Null for a well-formed BCP 47 tag with an ISO 639 language (or 'und'), in canonical case. */
export function checkLang(value: string): string | null {
  const bad = `'${value}' is not a BCP 47 language tag such as 'en', 'hy', 'az-Latn' or 'und'`;
  if (!/^[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/i.test(value)) return bad;
  let canonical: string | undefined;
  try {
    canonical = Intl.getCanonicalLocales(value)[0];
  } catch {
    return bad;
  }
  if (canonical !== value) return `language tag '${value}' is not canonical: write '${canonical}'`;
  return null;
}

function checkLine(value: string): string | null {
  if (value.trim() === '') return 'is empty';
  if (value !== value.trim()) return 'has leading or trailing spaces';
  if (controlChars.test(value)) return 'contains a line break or control character';
  if (/\s{2,}/.test(value)) return 'contains a run of several spaces';
  return null;
}

function checkBackground(value: string): string | null {
  const line = checkLine(value);
  if (line) return line;
  const count = splitSentences(value).length;
  const { min, max } = backgroundSentences;
  if (count < min || count > max) {
    return `background has ${count} sentence${count === 1 ? '' : 's'}; write ${min} to ${max}`;
  }
  if (!endsSentence(value)) return 'background does not end with a full stop';
  return null;
}

const checks: Record<StringFormat, (value: string) => string | null> = {
  id: (value) =>
    idPattern.test(value)
      ? null
      : `'${value}' is not a kebab-case id (lower-case letters and digits joined by single hyphens)`,
  date: checkDate,
  url: (value) =>
    urlPattern.test(value) ? null : `'${value}' is not an http(s) URL with a host name`,
  lang: checkLang,
  semver: (value) =>
    semverPattern.test(value) ? null : `'${value}' is not a semantic version such as '1.2.0'`,
  line: checkLine,
  prose: checkLine,
  alias: (value) => {
    const line = checkLine(value);
    if (line) return `alias ${line}`;
    return /[\p{L}\p{N}]/u.test(value) ? null : `alias '${value}' has no letter or digit`;
  },
  description: (value) => {
    const line = checkLine(value);
    if (line) return `description ${line}`;
    const length = [...value].length;
    return length > maxDescriptionLength
      ? `description is ${length} characters long; the limit is ${maxDescriptionLength}`
      : null;
  },
  background: checkBackground,
  pattern: (value) => {
    try {
      new RegExp(value, 'u');
      return null;
    } catch (error) {
      return `'${value}' is not a regular expression: ${(error as Error).message}`;
    }
  },
};

/** Checks `value` against a named format; null when it passes. */
export function checkFormat(format: StringFormat, value: string): string | null {
  return checks[format](value);
}

/**
 * Orders two ISO dates of possibly different precision; a date and a more precise date
 * inside it (2024 and 2024-10-04) compare as equal.
 */
export function compareDates(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  const left = a.slice(0, length);
  const right = b.slice(0, length);
  return left < right ? -1 : left > right ? 1 : 0;
}
