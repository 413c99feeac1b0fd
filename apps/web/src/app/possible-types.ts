/**
 * The members of the schema's unions, for Apollo's cache: a fragment on a union (a dashboard
 * figure, `PeopleCount`) matches an object only when the cache knows its typename belongs to it.
 * `possible-types.spec.ts` fails when the committed schema's unions differ from this.
 */
export const POSSIBLE_TYPES: Record<string, string[]> = {
  PeopleCount: ['ShownCount', 'Suppressed'],
  PeopleMeasure: ['ShownMeasure', 'Suppressed'],
};
