import type { StretchTag } from '../../../generated/gql/graphql';
import type { SharedFilter } from '../api/useRoleLists';

export const STRETCH_TAGS: readonly StretchTag[] = ['STEP_UP', 'SAME_LEVEL', 'STEP_DOWN', 'UNRATED'];

export const NO_FILTER: SharedFilter = { ownerId: null, stretch: null };

/** The inbox's filter as the address keeps it (`?person=…&stretch=STEP_UP`); unknown values are ignored. */
export function sharedFilterFrom(params: URLSearchParams): SharedFilter {
  const stretch = params.get('stretch');
  return {
    ownerId: params.get('person') || null,
    stretch: STRETCH_TAGS.includes(stretch as StretchTag) ? (stretch as StretchTag) : null,
  };
}

/** The address's query for a filter: only what is set, so "everything" is the bare page. */
export function sharedFilterParams(filter: SharedFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.ownerId) params.set('person', filter.ownerId);
  if (filter.stretch) params.set('stretch', filter.stretch);
  return params;
}

export const isFiltered = (filter: SharedFilter) => filter.ownerId !== null || filter.stretch !== null;
