import { useQuery } from '@apollo/client/react';
import { Select, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { graphql } from '../../generated/gql';

const ManagerOptionsDocument = graphql(`
  query ManagerOptions($search: String) {
    people(first: 20, search: $search) {
      edges {
        node {
          id
          name
          email
          title
        }
      }
    }
  }
`);

export const NO_MANAGER = 'none';

interface ManagerSelectProps {
  value: string | null;
  onChange: (managerId: string | null) => void;
  /** The manager already set, so it shows even when not in the first page of results. */
  current?: { id: string; name: string } | null;
  /** The person being edited: nobody manages themselves. */
  excludeId?: string;
  error?: string;
}

/** Searches the organization's people on the server as you type; "No manager" is always offered. */
export function ManagerSelect({ value, onChange, current, excludeId, error }: ManagerSelectProps) {
  const [search, setSearch] = useState('');
  // The chosen person stays an option even when a search no longer returns them.
  const [picked, setPicked] = useState(current ?? null);
  const selectedLabel = value === null ? 'No manager' : (picked?.name ?? '');
  const [debouncedSearch] = useDebouncedValue(search, 250);
  const serverSearch = debouncedSearch.trim() && debouncedSearch !== selectedLabel ? debouncedSearch.trim() : undefined;
  const { data, loading } = useQuery(ManagerOptionsDocument, { variables: { search: serverSearch } });

  const options = useMemo(() => {
    const people = (data?.people.edges ?? []).map((edge) => edge.node).filter((person) => person.id !== excludeId);
    const found = people.map((person) => ({ value: person.id, label: person.name, description: person.title ?? person.email }));
    if (picked && picked.id !== excludeId && !found.some((option) => option.value === picked.id)) {
      found.unshift({ value: picked.id, label: picked.name, description: '' });
    }
    return [{ value: NO_MANAGER, label: 'No manager', description: '' }, ...found];
  }, [data, picked, excludeId]);

  return (
    <Select
      label="Manager"
      placeholder="Search by name or email"
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      data={options.map(({ value: v, label }) => ({ value: v, label }))}
      renderOption={({ option }) => {
        const description = options.find((o) => o.value === option.value)?.description;
        return (
          <Stack gap={0}>
            <Text size="sm">{option.label}</Text>
            {description && (
              <Text size="xs" c="dimmed">
                {description}
              </Text>
            )}
          </Stack>
        );
      }}
      value={value ?? NO_MANAGER}
      onChange={(next, option) => {
        setPicked(next && next !== NO_MANAGER && option ? { id: next, name: option.label } : null);
        onChange(!next || next === NO_MANAGER ? null : next);
      }}
      nothingFoundMessage={loading ? 'Searching…' : 'Nobody matches'}
      error={error}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
