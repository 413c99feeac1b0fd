import { Checkbox, Group, MultiSelect, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import type { RoleSource } from '../../../generated/gql/graphql';
import { EMPLOYMENT_TYPE_LABELS, employmentTypeLabel, optionsOf, SALARY_UNIT_LABELS, SOURCE_LABELS } from '../format/role-labels';
import type { RoleDraft } from './role-draft';

/** Names of the form's fields, as the API names them in validation errors. */
export const ROLE_FIELDS = [
  'title', 'company', 'url', 'location', 'remote', 'source', 'description', 'salaryMin', 'salaryMax', 'salaryCurrency', 'salaryUnit', 'employmentTypes', 'datePosted', 'validThrough',
] as const;

interface RoleFormFieldsProps {
  draft: RoleDraft;
  onChange: <K extends keyof RoleDraft>(field: K, value: RoleDraft[K]) => void;
  errors?: Record<string, string>;
  autoFocusTitle?: boolean;
}

/** The posting's fields: what the role is, where, how it came, and what it pays. */
export function RoleFormFields({ draft, onChange, errors = {}, autoFocusTitle }: RoleFormFieldsProps) {
  const employmentOptions = [
    ...optionsOf(EMPLOYMENT_TYPE_LABELS),
    ...draft.employmentTypes.filter((t) => !(t in EMPLOYMENT_TYPE_LABELS)).map((t) => ({ value: t, label: employmentTypeLabel(t) })),
  ];
  return (
    <Stack gap="md">
      <TextInput
        label="Job title"
        description="As the posting says it; the level is read from it."
        required
        maxLength={200}
        data-autofocus={autoFocusTitle || undefined}
        value={draft.title}
        onChange={(e) => onChange('title', e.currentTarget.value)}
        error={errors.title}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput label="Company" maxLength={200} value={draft.company} onChange={(e) => onChange('company', e.currentTarget.value)} error={errors.company} />
        <Select
          label="How it came to you"
          data={optionsOf(SOURCE_LABELS)}
          value={draft.source}
          onChange={(value) => value && onChange('source', value as RoleSource)}
          allowDeselect={false}
          error={errors.source}
          comboboxProps={{ withinPortal: true }}
        />
      </SimpleGrid>
      <TextInput
        label="Link to the posting"
        type="url"
        placeholder="https://"
        maxLength={2000}
        value={draft.url}
        onChange={(e) => onChange('url', e.currentTarget.value)}
        error={errors.url}
      />
      <Group align="flex-end" gap="md" wrap="wrap">
        <TextInput
          label="Location"
          maxLength={300}
          value={draft.location}
          onChange={(e) => onChange('location', e.currentTarget.value)}
          error={errors.location}
          style={{ flex: '1 1 14rem' }}
        />
        <Checkbox label="Can be done remotely" checked={draft.remote} onChange={(e) => onChange('remote', e.currentTarget.checked)} mb={8} />
      </Group>
      <MultiSelect
        label="Employment types"
        placeholder={draft.employmentTypes.length ? undefined : 'e.g. Full time'}
        data={employmentOptions}
        value={draft.employmentTypes}
        onChange={(value) => onChange('employmentTypes', value)}
        clearable
        error={errors.employmentTypes}
        comboboxProps={{ withinPortal: true }}
      />
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="md">
        <NumberInput label="Salary from" min={0} thousandSeparator="," value={draft.salaryMin} onChange={(v) => onChange('salaryMin', v)} error={errors.salaryMin} />
        <NumberInput label="Salary to" min={0} thousandSeparator="," value={draft.salaryMax} onChange={(v) => onChange('salaryMax', v)} error={errors.salaryMax} />
        <TextInput
          label="Currency"
          placeholder="EUR"
          maxLength={10}
          value={draft.salaryCurrency}
          onChange={(e) => onChange('salaryCurrency', e.currentTarget.value.toUpperCase())}
          error={errors.salaryCurrency}
        />
        <Select
          label="Salary period"
          placeholder="Not stated"
          data={optionsOf(SALARY_UNIT_LABELS)}
          value={draft.salaryUnit}
          onChange={(value) => onChange('salaryUnit', value)}
          clearable
          error={errors.salaryUnit}
          comboboxProps={{ withinPortal: true }}
        />
      </SimpleGrid>
      <Textarea
        label="Description"
        autosize
        minRows={4}
        maxRows={14}
        maxLength={50_000}
        value={draft.description}
        onChange={(e) => onChange('description', e.currentTarget.value)}
        error={errors.description}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput
          label="Date posted"
          placeholder="As the posting says"
          maxLength={40}
          value={draft.datePosted}
          onChange={(e) => onChange('datePosted', e.currentTarget.value)}
          error={errors.datePosted}
        />
        <TextInput
          label="Open until"
          placeholder="As the posting says"
          maxLength={40}
          value={draft.validThrough}
          onChange={(e) => onChange('validThrough', e.currentTarget.value)}
          error={errors.validThrough}
        />
      </SimpleGrid>
    </Stack>
  );
}
