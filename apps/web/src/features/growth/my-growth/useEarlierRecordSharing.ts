import type { ApolloCache } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import type { EarlierRecordSharingFieldsFragment } from '../../../generated/gql/graphql';
import { EarlierRecordSharingQuery, ShareEarlierRecordsMutation, StopSharingEarlierRecordsMutation } from './earlier-records-operations';

/** Both mutations answer with the new state: it replaces the cached one, history included. */
function keep(cache: ApolloCache, sharing: EarlierRecordSharingFieldsFragment) {
  cache.updateQuery({ query: EarlierRecordSharingQuery }, (data) => (data ? { ...data, earlierRecordSharing: sharing } : data));
}

/** Whether the viewer's current manager sees their earlier records, and the two ways to change it. */
export function useEarlierRecordSharing() {
  const query = useQuery(EarlierRecordSharingQuery, { fetchPolicy: 'cache-and-network' });
  const [share, shared] = useMutation(ShareEarlierRecordsMutation, {
    update: (cache, { data }) => data && keep(cache, data.shareEarlierRecords),
  });
  const [stop, stopped] = useMutation(StopSharingEarlierRecordsMutation, {
    update: (cache, { data }) => data && keep(cache, data.stopSharingEarlierRecords),
  });
  return {
    sharing: query.data?.earlierRecordSharing,
    manager: query.data?.me?.manager ?? null,
    loading: query.loading && !query.data,
    error: query.error,
    refetch: () => query.refetch(),
    share: () => share(),
    stop: () => stop(),
    changing: shared.loading || stopped.loading,
  };
}
