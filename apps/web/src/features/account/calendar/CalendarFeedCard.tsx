import { useMutation, useQuery } from '@apollo/client/react';
import { ActionIcon, Alert, Button, Card, CopyButton, Group, Loader, Stack, Text, TextInput, Title, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useState } from 'react';
import { describeError } from '../../../shared/errors/describe-error';
import { formatDate } from '../../../shared/format/format-date';
import { ErrorNotice } from '../../../shared/ui/ErrorNotice';
import { CreateCalendarFeedMutation, MyCalendarFeedQuery, RevokeCalendarFeedMutation } from './calendar-operations';

/**
 * A secret calendar address listing the practice due days of the person's reports. Its address
 * is shown once, right after it is made: the server keeps only a hash, so seeing it again means
 * making a new one, which stops the old.
 */
export function CalendarFeedCard() {
  const { data, loading, error, refetch } = useQuery(MyCalendarFeedQuery);
  const [fresh, setFresh] = useState<string | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const [create, creating] = useMutation(CreateCalendarFeedMutation, {
    update: (cache, { data: created }) => {
      if (created) cache.writeQuery({ query: MyCalendarFeedQuery, data: { myCalendarFeed: { createdAt: created.createCalendarFeed.createdAt } } });
    },
  });
  const [revoke, revoking] = useMutation(RevokeCalendarFeedMutation, {
    update: (cache) => cache.writeQuery({ query: MyCalendarFeedQuery, data: { myCalendarFeed: null } }),
  });

  const run = async (action: () => Promise<unknown>) => {
    setProblem(null);
    try {
      await action();
    } catch (caught) {
      setProblem(caught);
    }
  };
  const makeNew = () =>
    run(async () => {
      const { data: created } = await create();
      if (created) setFresh(created.createCalendarFeed.url);
    });
  const stop = () =>
    run(async () => {
      await revoke();
      setFresh(null);
    });
  const busy = creating.loading || revoking.loading;

  const body = (() => {
    if (loading && !data) {
      return (
        <Group gap="xs" role="status" aria-label="Loading your calendar feed">
          <Loader size="sm" aria-hidden />
          <Text size="sm" c="dimmed">
            Loading your calendar feed…
          </Text>
        </Group>
      );
    }
    if (!data) return <ErrorNotice title="Your calendar feed could not be loaded" message={describeError(error).message} onRetry={() => void refetch()} />;
    const feed = data.myCalendarFeed;
    return (
      <Stack gap="sm">
        {problem ? <ErrorNotice title="That did not work" message={describeError(problem).message} /> : null}
        {fresh ? (
          <>
            <Alert role="status" color="green" variant="light" title="Your calendar address">
              Subscribe to it in your calendar app (“add calendar from URL”). Keep it to yourself: anyone with it can see your reports’ due days. It is shown only now.
            </Alert>
            <TextInput
              label="Calendar address"
              value={fresh}
              readOnly
              onFocus={(event) => event.currentTarget.select()}
              styles={{ input: { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, monospace', fontSize: 13 } }}
              rightSection={
                <CopyButton value={fresh} timeout={2000}>
                  {({ copied, copy }) => (
                    <Tooltip label={copied ? 'Copied' : 'Copy address'} withArrow>
                      <ActionIcon variant="subtle" color={copied ? 'teal' : 'gray'} onClick={copy} aria-label={copied ? 'Copied' : 'Copy address'}>
                        {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                      </ActionIcon>
                    </Tooltip>
                  )}
                </CopyButton>
              }
            />
          </>
        ) : feed ? (
          <Text size="sm">
            You made a calendar address on {formatDate(feed.createdAt)}. It is not shown again; make a new one to see an address, and the old one stops working.
          </Text>
        ) : (
          <Text size="sm">You have no calendar address.</Text>
        )}
        <Group gap="sm">
          <Button variant={feed ? 'default' : 'filled'} onClick={() => void makeNew()} loading={creating.loading} disabled={busy}>
            {feed ? 'Make a new address' : 'Make a calendar address'}
          </Button>
          {feed && (
            <Button variant="light" color="red" onClick={() => void stop()} loading={revoking.loading} disabled={busy}>
              Stop this address
            </Button>
          )}
        </Group>
      </Stack>
    );
  })();

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="calendar-feed-title">
      <Title order={2} fz="lg" id="calendar-feed-title" mb="xs">
        Calendar
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        See when interview practice with each of your reports is due, in your own calendar app.
      </Text>
      {body}
    </Card>
  );
}
