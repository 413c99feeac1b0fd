import { Button, Center, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useViewer } from '../features/session/useViewer';
import { MAIN_CONTENT_ID } from '../shared/a11y/focus';
import { SkipLink } from '../shared/a11y/SkipLink';
import { PageLoader } from '../shared/ui/PageLoader';
import { AppLayout } from './AppLayout';

function NotFoundMessage({ signedIn }: { signedIn: boolean }) {
  return (
    <Stack align="flex-start" gap="sm" maw={560}>
      <Text c="dimmed" fw={600}>
        404
      </Text>
      <Title order={1} fz={24}>
        Page not found
      </Title>
      <Text c="dimmed">There is no page at this address. It may have moved, or the link may be mistyped.</Text>
      <Button component={Link} to={signedIn ? '/' : '/login'} variant="light">
        {signedIn ? 'Go to your home page' : 'Go to the login page'}
      </Button>
    </Stack>
  );
}

/** Unknown addresses: inside the app shell for signed-in people, on its own for everyone else. */
export function NotFoundPage() {
  const { viewer, loading } = useViewer();
  if (loading) return <PageLoader label="Loading Onward" fullScreen />;
  if (viewer) {
    return (
      <AppLayout>
        <NotFoundMessage signedIn />
      </AppLayout>
    );
  }
  return (
    <>
      <SkipLink />
      <Center component="main" id={MAIN_CONTENT_ID} tabIndex={-1} mih="100vh" p="md" bg="gray.0">
        <Stack gap="xl">
          <Group gap={8}>
            <img src="/favicon.svg" alt="" width={32} height={32} />
            <Text fw={700} size="xl">
              Onward
            </Text>
          </Group>
          <NotFoundMessage signedIn={false} />
        </Stack>
      </Center>
    </>
  );
}
