import { Badge } from '@mantine/core';
import type { PersonStatus } from '../../generated/gql/graphql';

const STATUS: Record<PersonStatus, { label: string; color: string }> = {
  ACTIVE: { label: 'Active', color: 'green' },
  INVITED: { label: 'Invited', color: 'blue' },
  DEACTIVATED: { label: 'Deactivated', color: 'gray' },
};

export function PersonStatusBadge({ status }: { status: PersonStatus }) {
  const { label, color } = STATUS[status];
  return (
    <Badge color={color} variant="light" radius="sm" style={{ minWidth: 'max-content' }}>
      {label}
    </Badge>
  );
}
