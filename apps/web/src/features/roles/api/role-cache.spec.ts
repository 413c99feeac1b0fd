import { InMemoryCache } from '@apollo/client';
import { markSharedRoleRead } from './role-cache';
import { SharedWithMeQuery } from './role-operations';

const summary = (id: string, unread: boolean) => ({
  __typename: 'RoleSummary' as const,
  id,
  title: `Role ${id}`,
  company: 'Lumen Pay',
  isShared: true,
  sharedAt: '2026-11-20T10:00:00.000Z',
  unread,
  stretch: 'STEP_UP' as const,
  trackChange: false,
  satisfactionConversationSuggested: false,
  level: null,
  owner: { __typename: 'Person' as const, id: 'priya', name: 'Priya Raman' },
});

function inboxCache(): InMemoryCache {
  const cache = new InMemoryCache();
  // With the __typenames the server sends, so that the cache normalizes each summary.
  const data = {
    __typename: 'Query',
    sharedWithMe: {
      __typename: 'SharedRoleConnection',
      totalCount: 2,
      newCount: 2,
      pageInfo: { __typename: 'PageInfo', endCursor: 'c-b', hasNextPage: false },
      edges: [
        { __typename: 'RoleSummaryEdge', cursor: 'c-a', node: summary('a', true) },
        { __typename: 'RoleSummaryEdge', cursor: 'c-b', node: summary('b', true) },
      ],
    },
  };
  cache.writeQuery({ query: SharedWithMeQuery, variables: { first: 50 }, data });
  return cache;
}

const unreadById = (cache: InMemoryCache) =>
  Object.fromEntries(
    (cache.readQuery({ query: SharedWithMeQuery, variables: { first: 50 } })?.sharedWithMe.edges ?? []).map((edge) => [edge.node.id, edge.node.unread]),
  );

const newCount = (cache: InMemoryCache) => cache.readQuery({ query: SharedWithMeQuery, variables: { first: 50 } })?.sharedWithMe.newCount;

describe('markSharedRoleRead', () => {
  it('clears “new” on the opened role only', () => {
    const cache = inboxCache();
    markSharedRoleRead(cache, 'a');
    expect(unreadById(cache)).toEqual({ a: false, b: true });
    expect(newCount(cache)).toBe(1);
    // Opening it again is not a second role read.
    markSharedRoleRead(cache, 'a');
    expect(newCount(cache)).toBe(1);
  });

  it('changes nothing for a role the inbox has not loaded', () => {
    const cache = inboxCache();
    markSharedRoleRead(cache, 'elsewhere');
    expect(unreadById(cache)).toEqual({ a: true, b: true });
    expect(newCount(cache)).toBe(2);
  });
});
