import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import type { ViewerFieldsFragment } from '../../generated/gql/graphql';
import { ViewerQuery } from './viewer-query';

/**
 * After logging in, signing up or accepting an invitation: forget anything cached for a previous
 * session, then record who is signed in. The route guards react to the new viewer.
 */
export function useStartSession() {
  const client = useApolloClient();
  return useCallback(
    async (person: ViewerFieldsFragment) => {
      // resetStore keeps the mounted queries listening (clearStore would stop them) and refetches
      // them; a refetch that fails here (a page about to unmount) is of no interest.
      await client.resetStore().catch(() => undefined);
      client.writeQuery({ query: ViewerQuery, data: { me: person } });
    },
    [client],
  );
}
