import { useQuery } from '@apollo/client/react';
import { Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { describeError } from '../../../shared/errors/describe-error';
import { ErrorNotice } from '../../../shared/ui/ErrorNotice';
import { MySessionsQuery } from './session-operations';
import { SessionRow } from './SessionRow';
import { useSessionActions } from './useSessionActions';

/**
 * Where the person is signed in, this device first. Signing out a session ends it at once: that
 * browser has to log in again. A person only ever sees and ends their own sessions.
 */
export function SessionsCard() {
  const { data, loading, error, refetch } = useQuery(MySessionsQuery, { fetchPolicy: 'cache-and-network' });
  const actions = useSessionActions();
  const sessions = data?.mySessions ?? [];
  const others = sessions.filter((s) => !s.current);

  const body = (() => {
    if (loading && !data) {
      return (
        <Group gap="xs" role="status" aria-label="Loading your sessions">
          <Loader size="sm" aria-hidden />
          <Text size="sm" c="dimmed">
            Loading your sessions…
          </Text>
        </Group>
      );
    }
    if (!data) return <ErrorNotice title="Your sessions could not be loaded" message={describeError(error).message} onRetry={() => void refetch()} />;
    return (
      <Stack gap="xs">
        {actions.error ? <ErrorNotice title="That session was not signed out" message={describeError(actions.error).message} /> : null}
        <Stack component="ul" aria-label="Your sessions" gap={0} m={0} p={0} style={{ listStyle: 'none' }}>
          {sessions.map((session, index) => (
            <SessionRow
              key={session.id}
              session={session}
              divided={index > 0}
              ending={actions.pending === session.id}
              disabled={actions.pending !== null}
              onEnd={() => void actions.end(session.id)}
            />
          ))}
        </Stack>
        {others.length === 0 && (
          <Text size="sm" c="dimmed">
            You are not signed in anywhere else.
          </Text>
        )}
      </Stack>
    );
  })();

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="sessions-title">
      <Group justify="space-between" align="center" gap="sm" mb="xs" wrap="wrap">
        <Title order={2} fz="lg" id="sessions-title">
          Sessions
        </Title>
        {others.length > 0 && (
          <Button variant="light" color="red" size="xs" onClick={() => void actions.endAllOthers()} loading={actions.pending === 'ALL'} disabled={actions.pending !== null}>
            Sign out everywhere else
          </Button>
        )}
      </Group>
      <Text size="sm" c="dimmed" mb="md">
        Where you are signed in. Sign out a session you do not recognise or no longer use; that browser will have to log in again.
      </Text>
      {body}
    </Card>
  );
}
