import type { ErrorLike } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { appendPage, type ConnectionPage } from './connection-pages';
import type { StretchTag } from '../../../generated/gql/graphql';
import { MyRolesQuery, SharedWithMeQuery } from './role-operations';

export const ROLES_PAGE_SIZE = 50;

interface PagedQuery {
  loading: boolean;
  hasData: boolean;
  networkStatus: number;
  error?: ErrorLike;
  refetch(): Promise<unknown>;
}

/** What a list page needs of a cursor connection, whichever query it comes from. */
function rolesPage<Node extends { id: string }>(query: PagedQuery, connection: ConnectionPage<Node> | undefined, loadMore: () => Promise<unknown>) {
  return {
    roles: connection?.edges.map((edge) => edge.node) ?? [],
    totalCount: connection?.totalCount ?? 0,
    hasMore: connection?.pageInfo.hasNextPage ?? false,
    loading: query.loading && !query.hasData,
    loadingMore: query.networkStatus === 3,
    error: query.error,
    refetch: () => query.refetch(),
    loadMore,
  };
}

const options = { variables: { first: ROLES_PAGE_SIZE }, fetchPolicy: 'cache-and-network', notifyOnNetworkStatusChange: true } as const;

/** The signed-in person's roles, newest first, a page at a time. */
export function useMyRoles() {
  const query = useQuery(MyRolesQuery, options);
  const connection = query.data?.myInterestingRoles;
  return rolesPage({ ...query, hasData: !!query.data }, connection, () =>
    query.fetchMore({
      variables: { after: connection?.pageInfo.endCursor ?? null },
      updateQuery: (shown, { fetchMoreResult }) => ({ ...shown, myInterestingRoles: appendPage(shown.myInterestingRoles, fetchMoreResult.myInterestingRoles) }),
    }),
  );
}

export interface SharedFilter {
  ownerId: string | null;
  stretch: StretchTag | null;
}

/** Roles the viewer's direct reports share with them, most recently shared first, narrowed on the server. */
export function useSharedWithMe(filter: SharedFilter = { ownerId: null, stretch: null }) {
  const query = useQuery(SharedWithMeQuery, { ...options, variables: { first: ROLES_PAGE_SIZE, ownerId: filter.ownerId, stretch: filter.stretch } });
  const connection = query.data?.sharedWithMe;
  return {
    ...rolesPage({ ...query, hasData: !!query.data }, connection, () =>
      query.fetchMore({
        variables: { after: connection?.pageInfo.endCursor ?? null },
        updateQuery: (shown, { fetchMoreResult }) => ({ ...shown, sharedWithMe: appendPage(shown.sharedWithMe, fetchMoreResult.sharedWithMe) }),
      }),
    ),
    newCount: connection?.newCount ?? 0,
  };
}
