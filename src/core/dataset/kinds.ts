/**
 * The closed lists the dataset schema, the settings and the UI all share. Kept in a module of
 * their own so the content script can use them without bundling the whole dataset schema.
 */
export const entityTypes = [
  'person',
  'country',
  'place',
  'organisation',
  'event',
  'document',
] as const;

export const weakKinds = ['surname', 'demonym', 'metonym'] as const;
