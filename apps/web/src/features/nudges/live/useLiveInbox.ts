import { useApolloClient, useQuery, useSubscription } from '@apollo/client/react';
import { useRef } from 'react';
import { listsMayHaveChanged, refreshNudgeLists } from './inbox-refresh';
import { LiveInboxSubscription, OpenNudgeCountQuery } from './live-inbox-operations';

/**
 * The open count, kept live: one subscription per tab (the bell holds it) writes each change's
 * count into the cache and has the nudge lists on screen read again, so the home page and the
 * inbox follow without a subscription of their own.
 */
export function useLiveInbox({ enabled }: { enabled: boolean }) {
  const client = useApolloClient();
  const count = useQuery(OpenNudgeCountQuery, { skip: !enabled, fetchPolicy: 'cache-and-network' });
  const heardFirst = useRef(false);
  useSubscription(LiveInboxSubscription, {
    skip: !enabled,
    onData: ({ data }) => {
      const change = data.data?.nudgesChanged;
      if (!change) return;
      const shown = client.readQuery({ query: OpenNudgeCountQuery })?.openNudgeCount;
      client.writeQuery({ query: OpenNudgeCountQuery, data: { openNudgeCount: change.openCount } });
      const first = !heardFirst.current;
      heardFirst.current = true;
      if (listsMayHaveChanged(change, first, shown)) void refreshNudgeLists(client);
    },
  });
  return { count: count.data?.openNudgeCount, loading: count.loading && !count.data, error: count.error };
}
