import { useMutation } from '@apollo/client/react';
import { Button, Card, Group, NumberInput, Select, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { graphql } from '../../generated/gql';
import type { OrganizationSettingsFieldsFragment } from '../../generated/gql/graphql';
import { describeError, type DescribedError } from '../../shared/errors/describe-error';
import { FormError } from '../../shared/ui/FormError';
import { timeZoneLabel, timeZoneOptions } from './time-zones';

export const OrganizationSettingsFieldsFragmentDoc = graphql(`
  fragment OrganizationSettingsFields on Organization {
    id
    name
    practiceCadenceMonths
    anonymityThreshold
    timeZone
  }
`);

const UpdateOrganizationMutation = graphql(`
  mutation UpdateOrganization($input: UpdateOrganizationInput!) {
    updateOrganization(input: $input) {
      ...OrganizationSettingsFields
    }
  }
`);

const FIELDS = ['name', 'practiceCadenceMonths', 'anonymityThreshold', 'timeZone'] as const;

/** The value when it is a whole number within [min, max]; otherwise null. */
function wholeNumberWithin(value: number | string, min: number, max: number): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? value : null;
}

export const CADENCE_PROBLEM = 'Enter a whole number of months from 1 to 36.';
export const THRESHOLD_PROBLEM = 'Enter a whole number from 3 to 100: below 3, a dashboard figure could point at one person.';

/** Edits the organization's settings; the saved values come back into the cache by id. */
export function OrganizationSettingsForm({ organization }: { organization: OrganizationSettingsFieldsFragment }) {
  const [update, { loading }] = useMutation(UpdateOrganizationMutation);
  const [name, setName] = useState(organization.name);
  const [cadence, setCadence] = useState<number | string>(organization.practiceCadenceMonths);
  const [threshold, setThreshold] = useState<number | string>(organization.anonymityThreshold);
  const [timeZone, setTimeZone] = useState(organization.timeZone);
  const [zones] = useState(() => timeZoneOptions(organization.timeZone).map((zone) => ({ value: zone, label: timeZoneLabel(zone) })));
  const [problem, setProblem] = useState<DescribedError | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const practiceCadenceMonths = wholeNumberWithin(cadence, 1, 36);
    const anonymityThreshold = wholeNumberWithin(threshold, 3, 100);
    const fields: Record<string, string> = {};
    if (practiceCadenceMonths === null) fields.practiceCadenceMonths = CADENCE_PROBLEM;
    if (anonymityThreshold === null) fields.anonymityThreshold = THRESHOLD_PROBLEM;
    if (practiceCadenceMonths === null || anonymityThreshold === null) return setProblem({ message: '', fields });
    try {
      await update({ variables: { input: { name: name.trim(), practiceCadenceMonths, anonymityThreshold, timeZone } } });
      notifications.show({ color: 'green', message: 'Settings saved.' });
    } catch (error) {
      setProblem(describeError(error, FIELDS));
    }
  };

  return (
    <Card withBorder radius="md" padding="lg" maw={640}>
      <form onSubmit={submit} noValidate>
        <Stack gap="lg">
          <FormError message={problem?.message} />
          <TextInput label="Organization name" required value={name} onChange={(e) => setName(e.currentTarget.value)} error={problem?.fields.name} />
          <NumberInput
            label="Practice cadence (months)"
            description="How often each report should have an interview-practice conversation or a debrief. Managers are nudged 30 days before it is due."
            min={1}
            max={36}
            clampBehavior="none"
            allowDecimal={false}
            value={cadence}
            onChange={setCadence}
            error={problem?.fields.practiceCadenceMonths}
          />
          <NumberInput
            label="Anonymity threshold"
            description="Dashboards show “hidden” instead of a number for groups smaller than this (and for any figure that would give one away). At least 3."
            min={3}
            max={100}
            clampBehavior="none"
            allowDecimal={false}
            value={threshold}
            onChange={setThreshold}
            error={problem?.fields.anonymityThreshold}
          />
          <Select
            label="Time zone"
            description="Where your organization’s clocks are. Calendar invites in nudge emails suggest 10:00 on the next working day there."
            searchable
            allowDeselect={false}
            nothingFoundMessage="No time zone by that name"
            data={zones}
            value={timeZone}
            onChange={(value) => value && setTimeZone(value)}
            error={problem?.fields.timeZone}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={loading}>
              Save settings
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
