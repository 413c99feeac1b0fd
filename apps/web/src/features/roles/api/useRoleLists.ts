import { useQuery } from '@apollo/client/react';
import { appendPage } from './connection-pages';
import { MyRolesQuery, SharedWithMeQuery } from './role-operations';

export const ROLES_PAGE_SIZE = 50;

/** The signed-in person's roles, newest first, a page at a time. */
export function useMyRoles() {
  const query = useQuery(MyRolesQuery, { variables: { first: ROLES_PAGE_SIZE }, fetchPolicy: 'cache-and-network', notifyOnNetworkStatusChange: true });
  const connection = query.data?.myInterestingRoles;
  return {
    roles: connection?.edges.map((edge) => edge.node) ?? [],
    totalCount: connection?.totalCount ?? 0,
    hasMore: connection?.pageInfo.hasNextPage ?? false,
    loading: query.loading && !query.data,
    loadingMore: query.networkStatus === 3,
    error: query.error,
    refetch: () => query.refetch(),
    loadMore: () =>
      query.fetchMore({
        variables: { after: connection?.pageInfo.endCursor ?? null },
        updateQuery: (shown, { fetchMoreResult }) => ({ ...shown, myInterestingRoles: appendPage(shown.myInterestingRoles, fetchMoreResult.myInterestingRoles) }),
      }),
  };
}

/** Roles the viewer's direct reports share with them, most recently shared first. */
export function useSharedWithMe() {
  const query = useQuery(SharedWithMeQuery, { variables: { first: ROLES_PAGE_SIZE }, fetchPolicy: 'cache-and-network', notifyOnNetworkStatusChange: true });
  const connection = query.data?.sharedWithMe;
  return {
    roles: connection?.edges.map((edge) => edge.node) ?? [],
    totalCount: connection?.totalCount ?? 0,
    hasMore: connection?.pageInfo.hasNextPage ?? false,
    loading: query.loading && !query.data,
    loadingMore: query.networkStatus === 3,
    error: query.error,
    refetch: () => query.refetch(),
    loadMore: () =>
      query.fetchMore({
        variables: { after: connection?.pageInfo.endCursor ?? null },
        updateQuery: (shown, { fetchMoreResult }) => ({ ...shown, sharedWithMe: appendPage(shown.sharedWithMe, fetchMoreResult.sharedWithMe) }),
      }),
  };
}
