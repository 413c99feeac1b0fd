import { Button, Menu } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronDown, IconClockPause, IconX } from '@tabler/icons-react';
import type { NudgeSummaryFieldsFragment } from '../../../generated/gql/graphql';
import { nudgeSentence } from '../../../shared/nudges/nudge-words';
import { SnoozeUntilModal } from './SnoozeUntilModal';
import { useNudgeActions } from './useNudgeActions';

/** Snooze (a week, a month, until a day) and dismiss, for a nudge still waiting; nothing for one put away or resolved. */
export function NudgeActions({ nudge, describedBy }: { nudge: NudgeSummaryFieldsFragment; describedBy: string }) {
  const { snooze, dismiss, busy } = useNudgeActions(nudge);
  const [untilOpened, until] = useDisclosure(false);
  if (nudge.status !== 'OPEN' && nudge.status !== 'SNOOZED') return null;
  return (
    <>
      <Menu position="bottom-start" withinPortal>
        <Menu.Target>
          <Button size="xs" variant="default" leftSection={<IconClockPause size={14} aria-hidden />} rightSection={<IconChevronDown size={14} aria-hidden />} disabled={busy} aria-describedby={describedBy}>
            {nudge.status === 'SNOOZED' ? 'Snooze longer' : 'Snooze'}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => void snooze({ duration: 'ONE_WEEK' })}>For a week</Menu.Item>
          <Menu.Item onClick={() => void snooze({ duration: 'ONE_MONTH' })}>For a month</Menu.Item>
          <Menu.Item onClick={until.open}>Until a date…</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Button size="xs" variant="subtle" color="gray" leftSection={<IconX size={14} aria-hidden />} onClick={() => void dismiss()} disabled={busy} aria-describedby={describedBy}>
        Dismiss
      </Button>
      {untilOpened && <SnoozeUntilModal opened onClose={until.close} onSnooze={(day) => snooze({ until: day })} about={nudgeSentence(nudge)} />}
    </>
  );
}
