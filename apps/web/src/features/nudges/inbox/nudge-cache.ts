import type { ApolloCache, Reference } from '@apollo/client';

/** The `status` argument a cached `myNudges` field was read with ("myNudges({"first":20,"status":"OPEN"})"); null for every status. */
export function statusOfStoredList(storeFieldName: string): string | null {
  return /"status":"([A-Z_]+)"/.exec(storeFieldName)?.[1] ?? null;
}

interface StoredConnection {
  totalCount: number;
  edges: { node: Reference }[];
}

/**
 * After a snooze or a dismissal: the nudge leaves every cached list of another status at once
 * (the list of its new status is read when shown). The live update that follows reads the lists
 * again anyway; this makes the click felt at once. The open count is not counted down here: the
 * live update may arrive before the mutation's answer, and would then be counted down twice.
 */
export function moveOutOfOtherLists(cache: ApolloCache, nudge: { id: string; status: string }): void {
  cache.modify<{ myNudges: StoredConnection }>({
    id: 'ROOT_QUERY',
    fields: {
      myNudges(existing, { storeFieldName, readField, isReference }) {
        if (isReference(existing)) return existing;
        const status = statusOfStoredList(storeFieldName);
        if (status === null || status === nudge.status) return existing;
        const edges = existing.edges.filter((edge) => readField('id', edge.node) !== nudge.id);
        return edges.length === existing.edges.length ? existing : { ...existing, edges, totalCount: Math.max(0, existing.totalCount - 1) };
      },
    },
  });
}
