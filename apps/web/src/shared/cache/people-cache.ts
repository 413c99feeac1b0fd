import type { ApolloCache } from '@apollo/client';

/**
 * Mutation results update the people they return in place (normalized by id). What they cannot
 * update is derived lists: the pages of `people` (sorted, filtered) and managers' `directReports`.
 * Those are dropped so that only the lists on screen are fetched again.
 */
export function forgetPeopleLists(cache: ApolloCache): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'people' });
  cache.gc();
}

export function forgetDirectReports(cache: ApolloCache, managerIds: Array<string | null | undefined>): void {
  for (const id of new Set(managerIds)) {
    if (id) cache.evict({ id: cache.identify({ __typename: 'Person', id }), fieldName: 'directReports' });
  }
}
