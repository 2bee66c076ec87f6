import type { EntityType } from '../core/dataset-schema.ts';

export const TYPE_LABELS: Readonly<Record<EntityType, string>> = {
  person: 'Person',
  country: 'Country',
  place: 'Place',
  organisation: 'Organisation',
  event: 'Event',
  document: 'Document',
};

/** Plural headings for the popup's groups, in display order. */
export const TYPE_GROUPS: ReadonlyArray<readonly [EntityType, string]> = [
  ['person', 'People'],
  ['country', 'Countries'],
  ['place', 'Places'],
  ['organisation', 'Organisations'],
  ['event', 'Events'],
  ['document', 'Documents'],
];
