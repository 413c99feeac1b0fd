import { Badge } from '@mantine/core';
import type { PracticeState } from '../../generated/gql/graphql';
import { practiceBadge } from './practice-status';

/** Covered / Due soon / Overdue, as a badge whose words carry the meaning. */
export function PracticeBadge({ state, size = 'md' }: { state: PracticeState | null | undefined; size?: 'sm' | 'md' | 'lg' }) {
  const { label, color } = practiceBadge(state);
  return (
    <Badge color={color} variant="light" radius="sm" size={size} style={{ flexShrink: 0 }}>
      {label}
    </Badge>
  );
}
