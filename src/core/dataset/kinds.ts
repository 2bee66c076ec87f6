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

/** Whether a name by itself puts a page on the story, or is common everywhere else too. */
export const ENTITY_SCOPES = ['story', 'general'] as const;
export type EntityScope = (typeof ENTITY_SCOPES)[number];
