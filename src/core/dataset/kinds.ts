/**
 * The closed lists the dataset schema, the settings and the UI all share. Kept in a module of
 * their own so the content script can use them without bundling the whole dataset schema.
 */
export const ENTITY_TYPES = [
  'person',
  'country',
  'place',
  'organisation',
  'event',
  'document',
] as const;

export type EntityType = (typeof ENTITY_TYPES)[number];

/** Why an alias is weak: it names our entity only sometimes, so settings decide. */
export const WEAK_KINDS = ['surname', 'demonym', 'metonym'] as const;
export type WeakKind = (typeof WEAK_KINDS)[number];

/**
 * How a name bears on the page's decision (is it about the story?) and waits for it:
 * - `story`: counts towards the decision and is painted on any page (the story's people, its
 *   events, Karabakh);
 * - `region`: counts, but is painted only once the page is on the story (Armenia, Azerbaijan,
 *   Yerevan: named alone on sports pages and biographies of other people);
 * - `general`: does not count, and waits (world leaders, other countries, world bodies).
 */
export const ENTITY_SCOPES = ['story', 'region', 'general'] as const;
export type EntityScope = (typeof ENTITY_SCOPES)[number];

/** Whether a name counts towards putting a page on the story. */
export const countsForStory = (scope: EntityScope): boolean => scope !== 'general';

/** Whether a name of this scope is painted, given whether general and region names are. */
export const scopeShown = (
  scope: EntityScope,
  shown: { readonly general: boolean; readonly region: boolean },
): boolean => scope === 'story' || (scope === 'region' ? shown.region : shown.general);
