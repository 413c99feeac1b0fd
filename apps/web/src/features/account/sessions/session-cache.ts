import type { ApolloCache, Reference } from '@apollo/client';

/** Ended sessions leave the list and the cache; the API has told us exactly which ones ended. */
export function forgetSessions(cache: ApolloCache, ids: readonly string[]): void {
  const ended = new Set(ids);
  cache.modify({
    id: 'ROOT_QUERY',
    fields: {
      mySessions: (existing: readonly Reference[] = [], { readField }) => existing.filter((ref) => !ended.has(String(readField('id', ref)))),
    },
  });
  for (const id of ids) {
    const ref = cache.identify({ __typename: 'Session', id });
    if (ref) cache.evict({ id: ref });
  }
  cache.gc();
}
