import { Badge, Group, Tooltip } from '@mantine/core';
import { IconArrowsExchange, IconLock, IconShare } from '@tabler/icons-react';
import type { RoleOutcome, StretchTag } from '../../generated/gql/graphql';
import { ROLE_OUTCOME_LABELS as OUTCOME_LABELS } from '../format/enum-labels';
import { stretchLook } from '../format/stretch-look';

/** Step up (green), Same level (yellow), Step down (gray), Unrated (outlined). */
export function StretchBadge({ stretch, size = 'sm' }: { stretch: StretchTag; size?: 'xs' | 'sm' | 'md' }) {
  const look = stretchLook(stretch);
  return (
    <Tooltip label={look.description} withArrow openDelay={300}>
      <Badge color={look.color} variant={look.variant} c={look.textColor} size={size} radius="sm" tt="none" style={{ flexShrink: 0 }}>
        {look.label}
      </Badge>
    </Tooltip>
  );
}

/** Marks a role on the other track (IC ↔ management). */
export function TrackChangeBadge({ size = 'sm' }: { size?: 'xs' | 'sm' | 'md' }) {
  return (
    <Tooltip label="On the other track: individual contributor ↔ management" withArrow openDelay={300}>
      <Badge color="violet" variant="outline" size={size} radius="sm" tt="none" leftSection={<IconArrowsExchange size={12} aria-hidden />} style={{ flexShrink: 0 }}>
        Track change
      </Badge>
    </Tooltip>
  );
}

/** Shared with the manager, or private. */
export function SharingBadge({ shared, size = 'sm' }: { shared: boolean; size?: 'xs' | 'sm' | 'md' }) {
  return shared ? (
    <Badge color="blue" variant="light" c="#10497a" size={size} radius="sm" tt="none" leftSection={<IconShare size={12} aria-hidden />} style={{ flexShrink: 0 }}>
      Shared
    </Badge>
  ) : (
    <Badge color="gray" variant="outline" c="#343a40" size={size} radius="sm" tt="none" leftSection={<IconLock size={12} aria-hidden />} style={{ flexShrink: 0 }}>
      Private
    </Badge>
  );
}

export function OutcomeBadge({ outcome, size = 'sm' }: { outcome: RoleOutcome; size?: 'xs' | 'sm' | 'md' }) {
  return (
    <Badge color="gray" variant="default" size={size} radius="sm" tt="none" style={{ flexShrink: 0 }}>
      {OUTCOME_LABELS[outcome]}
    </Badge>
  );
}

/** The stretch tag and, when it applies, the track-change mark. */
export function StretchBadges({ stretch, trackChange, size }: { stretch: StretchTag; trackChange: boolean; size?: 'xs' | 'sm' | 'md' }) {
  return (
    <Group gap={6} wrap="wrap">
      <StretchBadge stretch={stretch} size={size} />
      {trackChange && <TrackChangeBadge size={size} />}
    </Group>
  );
}
