import { useQuery } from '@apollo/client/react';
import { Button, Group, Select } from '@mantine/core';
import type { StretchTag } from '../../../generated/gql/graphql';
import { SharedFilterPeopleQuery } from '../api/role-operations';
import type { SharedFilter } from '../api/useRoleLists';
import { stretchLook } from '../format/role-labels';
import { isFiltered, NO_FILTER, STRETCH_TAGS } from './shared-filters';

const STRETCH_OPTIONS = STRETCH_TAGS.map((tag) => ({ value: tag, label: stretchLook(tag).label }));

/** Narrows the inbox to one direct report and/or one stretch tag; the page keeps the choice in its address. */
export function SharedFilters({ filter, onChange }: { filter: SharedFilter; onChange: (next: SharedFilter) => void }) {
  const { data } = useQuery(SharedFilterPeopleQuery, { fetchPolicy: 'cache-first' });
  const people = (data?.me?.directReports ?? []).map((person) => ({ value: person.id, label: person.name }));
  return (
    <Group gap="sm" align="flex-end" wrap="wrap" p="md" role="search" aria-label="Filter the shared roles">
      <Select
        label="Person"
        placeholder="Everyone"
        data={people}
        value={filter.ownerId}
        onChange={(ownerId) => onChange({ ...filter, ownerId })}
        clearable
        searchable
        nothingFoundMessage="No direct report by that name"
        style={{ flex: '1 1 12rem' }}
      />
      <Select
        label="Stretch"
        placeholder="Any stretch"
        data={STRETCH_OPTIONS}
        value={filter.stretch}
        onChange={(stretch) => onChange({ ...filter, stretch: stretch as StretchTag | null })}
        clearable
        style={{ flex: '1 1 10rem' }}
      />
      {isFiltered(filter) && (
        <Button variant="default" onClick={() => onChange(NO_FILTER)}>
          Clear filters
        </Button>
      )}
    </Group>
  );
}
