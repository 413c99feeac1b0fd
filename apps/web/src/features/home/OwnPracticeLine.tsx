import { Badge, Group, Text } from '@mantine/core';
import type { PracticeStatusFieldsFragment } from '../../generated/gql/graphql';
import { OWN_PRACTICE_BADGES, ownPracticeLine } from '../../shared/practice/practice-status';

/** "[Due] Your interview practice is due — talk to Maya." for the report themselves. */
export function OwnPracticeLine({ status, managerName }: { status: PracticeStatusFieldsFragment | null | undefined; managerName: string | null }) {
  if (!status) return null;
  const badge = OWN_PRACTICE_BADGES[status.state] ?? { label: 'Unknown', color: 'gray' };
  return (
    <Group component="span" gap="xs" wrap="wrap">
      <Badge color={badge.color} variant="light" radius="sm" size="sm" style={{ flexShrink: 0 }}>
        {badge.label}
      </Badge>
      <Text component="span" size="sm" c="dimmed">
        {ownPracticeLine(status, managerName)}
      </Text>
    </Group>
  );
}
