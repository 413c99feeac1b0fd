import { useQuery } from '@apollo/client/react';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { PeopleQuery } from './people-operations';

export const PEOPLE_PAGE_SIZE = 20;

/**
 * The people table's state: a search (sent after a pause in typing), whether deactivated people
 * show, and cursor paging. Each page is cached under its own arguments, so "Previous" is instant.
 */
export function usePeopleList() {
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  const [includeDeactivated, setIncludeDeactivated] = useState(false);
  // Cursors of the pages visited so far; the first page starts at null.
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const [filtersKey, setFiltersKey] = useState('');

  const currentKey = `${debouncedSearch}|${includeDeactivated}`;
  const pageCursors = filtersKey === currentKey ? cursors : [null];
  if (filtersKey !== currentKey) {
    setFiltersKey(currentKey);
    setCursors([null]);
  }
  const pageIndex = pageCursors.length - 1;

  const query = useQuery(PeopleQuery, {
    variables: { first: PEOPLE_PAGE_SIZE, after: pageCursors[pageIndex], search: debouncedSearch || null, includeDeactivated },
    fetchPolicy: 'cache-and-network',
  });
  const connection = query.data?.people;

  return {
    search,
    setSearch,
    includeDeactivated,
    setIncludeDeactivated,
    people: connection?.edges.map((edge) => edge.node) ?? [],
    totalCount: connection?.totalCount ?? 0,
    pageIndex,
    pageCount: Math.max(1, Math.ceil((connection?.totalCount ?? 0) / PEOPLE_PAGE_SIZE)),
    hasPrevious: pageIndex > 0,
    hasNext: connection?.pageInfo.hasNextPage ?? false,
    next: () => {
      const end = connection?.pageInfo.endCursor;
      if (end) setCursors([...pageCursors, end]);
    },
    previous: () => setCursors(pageCursors.slice(0, -1)),
    searching: search.trim() !== debouncedSearch,
    loading: query.loading && !query.data,
    refreshing: query.loading && Boolean(query.data),
    error: query.error,
    refetch: query.refetch,
  };
}
