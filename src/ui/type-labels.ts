import { t } from './i18n.ts';
import type { MessageKey } from './i18n.ts';
import type { EntityType } from '../core/dataset/kinds.ts';

const SINGULAR: Readonly<Record<EntityType, MessageKey>> = {
  person: 'typePerson',
  country: 'typeCountry',
  place: 'typePlace',
  organisation: 'typeOrganisation',
  event: 'typeEvent',
  document: 'typeDocument',
};

const PLURAL: Readonly<Record<EntityType, MessageKey>> = {
  person: 'groupPerson',
  country: 'groupCountry',
  place: 'groupPlace',
  organisation: 'groupOrganisation',
  event: 'groupEvent',
  document: 'groupDocument',
};

export const typeLabel = (type: EntityType): string => t(SINGULAR[type]);

/** Entity types in display order, with their plural headings. */
export const typeGroups = (): ReadonlyArray<readonly [EntityType, string]> =>
  (Object.keys(PLURAL) as EntityType[]).map((type) => [type, t(PLURAL[type])] as const);
