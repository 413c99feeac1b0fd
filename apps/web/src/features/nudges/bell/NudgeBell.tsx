import { ActionIcon, Indicator, VisuallyHidden } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useLiveInbox } from '../live/useLiveInbox';
import { bellLabel, bellBadge } from './bell-label';

/**
 * The header's bell: the number of open nudges, live, leading to the inbox. Its label says the
 * number; a polite status line announces changes to screen-reader users as they happen.
 */
export function NudgeBell() {
  const { count, error } = useLiveInbox({ enabled: true });
  const label = bellLabel(count, Boolean(error));
  const badge = bellBadge(count);
  return (
    <>
      <Indicator label={<span aria-hidden>{badge}</span>} disabled={!badge} size={18} offset={6} color="red" withBorder zIndex={2}>
        <ActionIcon component={Link} to="/inbox" variant="subtle" color="gray" size="lg" radius="xl" aria-label={label}>
          <IconBell size={22} stroke={1.7} aria-hidden />
        </ActionIcon>
      </Indicator>
      <VisuallyHidden role="status" aria-live="polite">
        {count === undefined ? '' : label}
      </VisuallyHidden>
    </>
  );
}
