import { Loader, Select } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { RoleOutcome } from '../../../generated/gql/graphql';
import { describeError } from '../../../shared/errors/describe-error';
import { useUpdateRole } from '../api/useRoleMutations';
import { OUTCOME_LABELS, optionsOf } from '../format/role-labels';
import type { Role } from './role-page-types';

/** Where the owner stands with the role; saved as soon as it changes. */
export function OutcomeSelect({ role }: { role: Role }) {
  const [update, { loading }] = useUpdateRole();
  const change = async (value: string | null) => {
    if (!value || value === role.outcome) return;
    try {
      await update({ variables: { id: role.id, input: { outcome: value as RoleOutcome } } });
      notifications.show({ color: 'green', message: `Marked as “${OUTCOME_LABELS[value as RoleOutcome]}”.` });
    } catch (error) {
      notifications.show({ color: 'red', title: 'The outcome was not saved', message: describeError(error).message });
    }
  };
  return (
    <Select
      label="Where you stand"
      data={optionsOf(OUTCOME_LABELS)}
      value={role.outcome}
      onChange={(value) => void change(value)}
      allowDeselect={false}
      disabled={loading}
      rightSection={loading ? <Loader size="xs" aria-label="Saving" /> : undefined}
      w={{ base: '100%', xs: 220 }}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
