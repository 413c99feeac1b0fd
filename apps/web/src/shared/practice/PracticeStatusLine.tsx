import { Group, Text } from '@mantine/core';
import type { PracticeStatusFieldsFragment } from '../../generated/gql/graphql';
import { PracticeBadge } from './PracticeBadge';
import { practiceLine } from './practice-status';

/** "Interview practice: [Covered] Last practice 3 Mar 2026 · covered until 3 Mar 2027". */
export function PracticeStatusLine({ status, label = 'Interview practice' }: { status: PracticeStatusFieldsFragment | null | undefined; label?: string }) {
  if (!status) return null;
  return (
    <Group component="span" gap="xs" wrap="wrap">
      <Text component="span" size="sm" fw={500}>
        {label}:
      </Text>
      <PracticeBadge state={status.state} size="sm" />
      <Text component="span" size="sm" c="dimmed">
        {practiceLine(status)}
      </Text>
    </Group>
  );
}
