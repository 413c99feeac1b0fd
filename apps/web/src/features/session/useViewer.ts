import { useQuery } from '@apollo/client/react';
import type { ViewerFieldsFragment } from '../../generated/gql/graphql';
import { ViewerQuery } from './viewer-query';

export type Viewer = ViewerFieldsFragment;

/** The signed-in person (null when signed out), read from the cache after the first load. */
export function useViewer() {
  const { data, loading, error, refetch } = useQuery(ViewerQuery);
  return { viewer: data?.me ?? null, loading: loading && !data, error, refetch };
}
