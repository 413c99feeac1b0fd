import type { ApolloCache, Reference } from '@apollo/client';

type ConnectionLike = { totalCount?: number; edges?: Array<{ node: Reference }> } | undefined;

/** A new role heads the newest-first list: the pages of "My roles" are fetched again when shown. */
export function forgetMyRoleLists(cache: ApolloCache): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'myInterestingRoles' });
  cache.gc();
}

/** A deleted role leaves every list it was on, then the cache. */
export function forgetRole(cache: ApolloCache, id: string): void {
  const ref = cache.identify({ __typename: 'InterestingRole', id });
  const without = (existing: ConnectionLike, readField: (field: string, from: Reference) => unknown) => {
    if (!existing?.edges) return existing;
    const edges = existing.edges.filter((edge) => readField('id', edge.node) !== id);
    const removed = existing.edges.length - edges.length;
    return { ...existing, edges, totalCount: Math.max(0, (existing.totalCount ?? 0) - removed) };
  };
  cache.modify({
    id: 'ROOT_QUERY',
    fields: {
      myInterestingRoles: (existing, { readField }) => without(existing as ConnectionLike, (f, from) => readField(f, from)) as typeof existing,
      sharedWithMe: (existing, { readField }) => without(existing as ConnectionLike, (f, from) => readField(f, from)) as typeof existing,
    },
  });
  if (ref) cache.evict({ id: ref });
  cache.gc();
}

/**
 * The manager opened a shared role: its entry in "Shared with me" is no longer new, and each cached
 * inbox it is listed in counts one new role fewer. The server says so too on the inbox's next
 * fetch; this keeps the cached entry from showing "New" until then.
 */
export function markSharedRoleRead(cache: ApolloCache, roleId: string): void {
  const id = cache.identify({ __typename: 'RoleSummary', id: roleId });
  if (!id) return;
  let wasUnread = false;
  cache.modify({
    id,
    fields: {
      unread: (value) => {
        wasUnread = value === true;
        return false;
      },
    },
  });
  if (!wasUnread) return;
  cache.modify({
    id: 'ROOT_QUERY',
    fields: {
      sharedWithMe: (existing, { readField }) => {
        const inbox = existing as (ConnectionLike & { newCount?: number }) | undefined;
        const listed = inbox?.edges?.some((edge) => readField('id', edge.node) === roleId);
        return listed && typeof inbox?.newCount === 'number' ? ({ ...inbox, newCount: Math.max(0, inbox.newCount - 1) } as typeof existing) : existing;
      },
    },
  });
}

/** Adds a reference to a list field of a role (interviews, comments), in the order `sortKey` gives. */
export function appendToRole(cache: ApolloCache, roleId: string, field: 'interviews' | 'comments', item: Reference | undefined, sortKey?: string): void {
  const id = cache.identify({ __typename: 'InterestingRole', id: roleId });
  if (!id || !item) return;
  cache.modify({
    id,
    fields: {
      [field]: (existing: readonly Reference[] = [], { readField }) => {
        if (existing.some((ref) => ref.__ref === item.__ref)) return existing;
        const next = [...existing, item];
        if (!sortKey) return next;
        return next.sort((a, b) => String(readField(sortKey, a)).localeCompare(String(readField(sortKey, b))));
      },
    },
  });
}

/** Removes an interview from its role and from the cache. */
export function removeInterviewFromCache(cache: ApolloCache, roleId: string, interviewId: string): void {
  removeFromRole(cache, roleId, 'interviews', cache.identify({ __typename: 'RoleInterview', id: interviewId }), interviewId);
}

/** Removes a comment from its role's thread and from the cache. */
export function removeCommentFromCache(cache: ApolloCache, roleId: string, commentId: string): void {
  removeFromRole(cache, roleId, 'comments', cache.identify({ __typename: 'RoleComment', id: commentId }), commentId);
}

function removeFromRole(cache: ApolloCache, roleId: string, field: 'interviews' | 'comments', itemRef: string | undefined, itemId: string): void {
  const roleRef = cache.identify({ __typename: 'InterestingRole', id: roleId });
  if (roleRef) {
    cache.modify({
      id: roleRef,
      fields: { [field]: (existing: readonly Reference[] = [], { readField }) => existing.filter((ref) => readField('id', ref) !== itemId) },
    });
  }
  if (itemRef) cache.evict({ id: itemRef });
  cache.gc();
}
