import { Stack } from '@mantine/core';
import { useViewer } from '../session/useViewer';
import { PageHeader } from '../../shared/ui/PageHeader';
import { CalendarFeedCard } from './calendar/CalendarFeedCard';
import { NotificationSettingsCard } from './notifications/NotificationSettingsCard';
import { SessionsCard } from './sessions/SessionsCard';

/** The signed-in person's account: which emails they get, their calendar feed, and where they are signed in. */
export function AccountPage() {
  const { viewer } = useViewer();
  return (
    <>
      <PageHeader title="Account" description={viewer ? `Signed in as ${viewer.name} (${viewer.email}).` : undefined} />
      <Stack gap="lg" maw={760}>
        <NotificationSettingsCard />
        <CalendarFeedCard />
        <SessionsCard />
      </Stack>
    </>
  );
}
