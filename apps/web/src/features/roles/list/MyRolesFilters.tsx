import { Button, CloseButton, Group, Select, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import type { RoleOutcome, StretchTag } from '../../../generated/gql/graphql';
import { optionsOf, OUTCOME_LABELS, stretchLook } from '../format/role-labels';
import { NO_ROLES_FILTER, SORT_LABELS, narrowsRoles, type MyRolesFilter, type MyRolesSort } from './my-roles-filter';

const STRETCH_OPTIONS = (['STEP_UP', 'SAME_LEVEL', 'STEP_DOWN', 'UNRATED'] as const).map((tag) => ({ value: tag, label: stretchLook(tag).label }));
const SORT_OPTIONS = optionsOf(SORT_LABELS);
const OUTCOME_OPTIONS = optionsOf(OUTCOME_LABELS);

interface MyRolesFiltersProps {
  filter: MyRolesFilter;
  companies: string[];
  onChange: (next: MyRolesFilter) => void;
}

/** Search, filters and sort of "My roles"; the page keeps them in its address. Wraps onto several lines on a phone. */
export function MyRolesFilters({ filter, companies, onChange }: MyRolesFiltersProps) {
  const set = <K extends keyof MyRolesFilter>(key: K, value: MyRolesFilter[K]) => onChange({ ...filter, [key]: value });
  return (
    <Group gap="sm" align="flex-end" wrap="wrap" p="md" role="search" aria-label="Search and filter your roles">
      <TextInput
        label="Search"
        placeholder="Title or company"
        leftSection={<IconSearch size={16} aria-hidden />}
        value={filter.search}
        onChange={(event) => set('search', event.currentTarget.value)}
        rightSection={filter.search ? <CloseButton aria-label="Clear the search" onClick={() => set('search', '')} /> : null}
        style={{ flex: '2 1 14rem' }}
      />
      <Select
        label="Where you stand"
        placeholder="Any"
        data={OUTCOME_OPTIONS}
        value={filter.outcome}
        onChange={(outcome) => set('outcome', outcome as RoleOutcome | null)}
        clearable
        style={{ flex: '1 1 10rem' }}
      />
      <Select
        label="Stretch"
        placeholder="Any"
        data={STRETCH_OPTIONS}
        value={filter.stretch}
        onChange={(stretch) => set('stretch', stretch as StretchTag | null)}
        clearable
        style={{ flex: '1 1 9rem' }}
      />
      <Select
        label="Company"
        placeholder="Any"
        data={companies}
        value={filter.company}
        onChange={(company) => set('company', company)}
        clearable
        searchable
        nothingFoundMessage="None of your roles is at that company"
        style={{ flex: '1 1 10rem' }}
      />
      <Select
        label="Sort"
        data={SORT_OPTIONS}
        value={filter.sort}
        onChange={(sort) => set('sort', (sort as MyRolesSort | null) ?? 'NEWEST')}
        allowDeselect={false}
        style={{ flex: '1 1 11rem' }}
      />
      {narrowsRoles(filter) && (
        <Button variant="default" onClick={() => onChange({ ...NO_ROLES_FILTER, sort: filter.sort })}>
          Clear filters
        </Button>
      )}
    </Group>
  );
}
