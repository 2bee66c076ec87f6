/**
 * The typed message protocol between the extension's contexts. Every message is a plain object
 * with a `type` and a payload validated on receipt by {@link parseMessage}: nothing typed `any`
 * crosses a context boundary, and anything malformed is rejected with a reason.
 */

import type { CardData } from './dataset/card-data.ts';

/** What the content script knows about its page, as the popup and badge need it. */
export interface PageReport {
  /** 'on': scanning; 'off-site': the user switched Backstory off for this site; 'off': off everywhere. */
  readonly state: 'on' | 'off-site' | 'off';
  readonly host: string;
  /** Entity id → number of painted mentions on the page, most mentioned first. */
  readonly counts: ReadonlyArray<readonly [entity: string, count: number]>;
  /** Whether the page is about the story (it names the story outside its navigation). */
  readonly story: boolean;
  /** General names found but not painted (the page is off the story): "Also named on this page". */
  readonly quiet: ReadonlyArray<readonly [entity: string, count: number]>;
}

/** A request with no payload beyond its type. */
type Empty = Record<never, never>;

/** Requests and their responses, keyed by message type. */
export interface Calls {
  /** content → background: the page's mentions changed (badge). */
  'page/report': { request: { report: PageReport }; response: { ok: true } };
  /** popup → content (via tabs): what does this page mention? */
  'page/get-report': { request: Empty; response: PageReport };
  /** popup or background → content: scroll to the next mention of an entity and flash it. */
  'page/show-entity': { request: { entity: string }; response: { found: boolean } };
  /** popup → content: paint the general names of this page too, until it navigates away. */
  'page/show-general': { request: Empty; response: { ok: true } };
  /** background → content: step to the next/previous mention and open its card (commands). */
  'page/step': { request: { direction: 1 | -1 }; response: { found: boolean } };
  /** background → content: open the card for an entity (context menu lookup). */
  'page/open-card': { request: { entity: string | null; text: string }; response: { ok: true } };
  /** content → background: the data one card needs (see core/card-slice.ts). */
  'card/get': { request: { entity: string }; response: { card: CardData | null } };
  /** any → background: liveness probe used by tests and the content script's context check. */
  ping: { request: Empty; response: { pong: true; version: string } };
}

export type MessageType = keyof Calls;
export type Message<K extends MessageType = MessageType> = K extends MessageType
  ? { readonly type: K } & Calls[K]['request']
  : never;
export type Response<K extends MessageType> = Calls[K]['response'];

type Check = (value: Record<string, unknown>) => string | null;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const ENTITY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function checkReport(v: unknown): string | null {
  if (!isRecord(v)) return 'report must be an object';
  if (v.state !== 'on' && v.state !== 'off-site' && v.state !== 'off')
    return `report.state must be 'on', 'off-site' or 'off', got ${JSON.stringify(v.state)}`;
  if (typeof v.host !== 'string') return 'report.host must be a string';
  if (typeof v.story !== 'boolean') return 'report.story must be true or false';
  return checkCounts(v.counts, 'report.counts') ?? checkCounts(v.quiet, 'report.quiet');
}

function checkCounts(counts: unknown, where: string): string | null {
  if (!Array.isArray(counts)) return `${where} must be an array`;
  for (const [i, pair] of counts.entries()) {
    if (
      !Array.isArray(pair) ||
      pair.length !== 2 ||
      typeof pair[0] !== 'string' ||
      !ENTITY_ID.test(pair[0]) ||
      typeof pair[1] !== 'number' ||
      !Number.isInteger(pair[1]) ||
      pair[1] < 0
    )
      return `${where}[${i}] must be [entity id, non-negative integer]`;
  }
  return null;
}

const noFields =
  (...allowed: string[]): Check =>
  (v) => {
    const extra = Object.keys(v).filter((k) => k !== 'type' && !allowed.includes(k));
    return extra.length ? `unexpected field(s): ${extra.join(', ')}` : null;
  };

const checks: { readonly [K in MessageType]: Check } = {
  'page/report': (v) => noFields('report')(v) ?? checkReport(v.report),
  'page/get-report': noFields(),
  'page/show-general': noFields(),
  'page/show-entity': (v) =>
    noFields('entity')(v) ??
    (typeof v.entity === 'string' && ENTITY_ID.test(v.entity)
      ? null
      : 'entity must be an entity id'),
  'page/step': (v) =>
    noFields('direction')(v) ??
    (v.direction === 1 || v.direction === -1 ? null : 'direction must be 1 or -1'),
  'page/open-card': (v) =>
    noFields('entity', 'text')(v) ??
    ((v.entity === null || (typeof v.entity === 'string' && ENTITY_ID.test(v.entity))) &&
    typeof v.text === 'string' &&
    v.text.length <= 1000
      ? null
      : 'entity must be an entity id or null, text a string of at most 1000 characters'),
  'card/get': (v) =>
    noFields('entity')(v) ??
    (typeof v.entity === 'string' && ENTITY_ID.test(v.entity)
      ? null
      : 'entity must be an entity id'),
  ping: noFields(),
};

export type ParseResult = { ok: true; message: Message } | { ok: false; reason: string };

/** Validates an incoming message; the reason names what is wrong so it can be logged. */
export function parseMessage(raw: unknown): ParseResult {
  if (!isRecord(raw)) return { ok: false, reason: 'message is not an object' };
  const type = raw.type;
  if (typeof type !== 'string' || !Object.hasOwn(checks, type))
    return { ok: false, reason: `unknown message type ${JSON.stringify(type)}` };
  const problem = checks[type as MessageType](raw);
  if (problem) return { ok: false, reason: `${type}: ${problem}` };
  return { ok: true, message: raw as Message };
}
