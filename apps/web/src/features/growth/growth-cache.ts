import type { ApolloCache } from '@apollo/client';

const REPORT_LISTS = ['debriefs', 'conversations', 'actionItems', 'myActionItems', 'practiceStatus'] as const;

/**
 * A new debrief or conversation changes derived data the mutation result cannot update: the
 * report's history lists, their action-item lists and their practice status. Those are dropped;
 * whatever is on screen fetches them again, the rest on its next visit.
 */
export function forgetGrowthRecords(cache: ApolloCache, reportId: string): void {
  for (const fieldName of REPORT_LISTS) cache.evict({ id: 'ROOT_QUERY', fieldName });
  cache.evict({ id: cache.identify({ __typename: 'Person', id: reportId }), fieldName: 'practiceStatus' });
  cache.gc();
}

/** A new action item joins its debrief's or conversation's list and the action-item lists. */
export function forgetActionItemLists(cache: ApolloCache, parent: { debriefId?: string | null; conversationId?: string | null }): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'actionItems' });
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'myActionItems' });
  if (parent.debriefId) cache.evict({ id: cache.identify({ __typename: 'Debrief', id: parent.debriefId }), fieldName: 'actionItems' });
  if (parent.conversationId) cache.evict({ id: cache.identify({ __typename: 'Conversation', id: parent.conversationId }), fieldName: 'actionItems' });
  cache.gc();
}
