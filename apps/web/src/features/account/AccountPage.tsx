import { Stack } from '@mantine/core';
import { useViewer } from '../session/useViewer';
import { PageHeader } from '../../shared/ui/PageHeader';
import { SessionsCard } from './sessions/SessionsCard';

/** The signed-in person's account: for now, where they are signed in. */
export function AccountPage() {
  const { viewer } = useViewer();
  return (
    <>
      <PageHeader title="Account" description={viewer ? `Signed in as ${viewer.name} (${viewer.email}).` : undefined} />
      <Stack gap="lg" maw={760}>
        <SessionsCard />
      </Stack>
    </>
  );
}
