import type { ApolloClient } from '@apollo/client';

/**
 * Reads again every nudge list on screen (the inbox's filter, the home page's "Needs attention"),
 * whichever feature shows it, without knowing their documents: the lists are evicted on a
 * throw-away optimistic layer only to find the queries that read them, which are then refetched.
 * What is shown stays until the new answer replaces it.
 */
export function refreshNudgeLists(client: ApolloClient): Promise<unknown> {
  return client.refetchQueries({
    updateCache: (cache) => void cache.evict({ id: 'ROOT_QUERY', fieldName: 'myNudges' }),
    optimistic: true,
    onQueryUpdated: () => true,
  });
}

/**
 * Whether a change may have altered a list on screen. The first change of a subscription only
 * tells the count as it starts: the lists were read just before, and are read again only if the
 * count moved meanwhile. Every later change may have moved nudges between lists.
 */
export function listsMayHaveChanged(change: { openCount: number }, first: boolean, countShown: number | undefined): boolean {
  return !first || (countShown !== undefined && countShown !== change.openCount);
}
