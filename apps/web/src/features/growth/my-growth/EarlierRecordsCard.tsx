import { Anchor, Badge, Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconEye, IconEyeOff, IconLock } from '@tabler/icons-react';
import { useId, useState, type ReactNode } from 'react';
import { graphql } from '../../../generated/gql';
import type { EarlierRecordSharingFieldsFragment } from '../../../generated/gql/graphql';
import { describeError } from '../../../shared/errors/describe-error';
import { formatDateTime } from '../../../shared/format/format-date';
import { FormError } from '../../../shared/ui/FormError';
import { firstName } from '../report/report-context';
import { LoadError } from '../ui/LoadError';
import { earlierRecordsState, recordCount, sharePeriod, type EarlierRecordsState } from './earlier-records';
import { useEarlierRecordSharing } from './useEarlierRecordSharing';

/** What the card shows: where the earlier records stand, and every share so far. */
export const EarlierRecordSharingFields = graphql(`
  fragment EarlierRecordSharingFields on EarlierRecordSharing {
    sharedWithCurrentManager
    earlierRecordCount
    history {
      id
      startedAt
      endedAt
      endedReason
      active
      manager {
        id
        name
      }
    }
  }
`);

function StateBadge({ state }: { state: EarlierRecordsState }) {
  if (state.kind === 'NONE') return null;
  return state.kind === 'SHARED' ? (
    <Badge color="blue" variant="light" c="#10497a" size="sm" radius="sm" tt="none" leftSection={<IconEye size={12} aria-hidden />}>
      Shared with {firstName(state.manager.name)}
    </Badge>
  ) : (
    <Badge color="gray" variant="outline" c="#343a40" size="sm" radius="sm" tt="none" leftSection={<IconLock size={12} aria-hidden />}>
      Private
    </Badge>
  );
}

const HISTORY_SHOWN = 3;

/** Who could read the earlier records, from when until when, and why it ended; the newest first. */
function ShareHistory({ history }: { history: EarlierRecordSharingFieldsFragment['history'] }) {
  const [all, setAll] = useState(false);
  if (history.length === 0) return null;
  const shown = all ? history : history.slice(0, HISTORY_SHOWN);
  return (
    <Stack gap={6}>
      <Text size="sm" fw={600} component="h3" m={0}>
        History
      </Text>
      <Stack component="ul" gap={6} aria-label="Sharing history" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {shown.map((share) => (
          <Stack component="li" key={share.id} gap={0}>
            <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
              {share.manager?.name ?? 'A former colleague'}
            </Text>
            <Text size="xs" c="dimmed" title={`From ${formatDateTime(share.startedAt)}${share.endedAt ? ` until ${formatDateTime(share.endedAt)}` : ''}`}>
              {sharePeriod(share)}
            </Text>
          </Stack>
        ))}
      </Stack>
      {history.length > HISTORY_SHOWN && (
        <Anchor component="button" type="button" size="sm" fw={600} onClick={() => setAll(!all)} style={{ alignSelf: 'flex-start' }}>
          {all ? 'Show fewer' : `Show ${history.length - HISTORY_SHOWN} earlier`}
        </Anchor>
      )}
    </Stack>
  );
}

function Body({
  state,
  changing,
  onShare,
  onStop,
}: {
  state: EarlierRecordsState;
  changing: boolean;
  onShare: () => void;
  onStop: () => void;
}): ReactNode {
  switch (state.kind) {
    case 'NONE':
      return (
        <Text size="sm" c="dimmed">
          You have no debriefs or conversations with an earlier manager. If your manager changes, what you have recorded so far stays private unless you share
          it.
        </Text>
      );
    case 'NO_MANAGER':
      return (
        <Text size="sm">
          You have {recordCount(state.count)} with earlier managers. Only you can see them: you have no manager in Onward right now, so there is nobody to share
          them with.
        </Text>
      );
    case 'PRIVATE':
      return (
        <>
          <Text size="sm">
            {state.manager.name} does not see your {recordCount(state.count)} with earlier managers, or their action items.
          </Text>
          <Button leftSection={<IconEye size={16} aria-hidden />} onClick={onShare} loading={changing} style={{ alignSelf: 'flex-start', maxWidth: '100%' }}>
            Let {state.manager.name} see them
          </Button>
          <Text size="xs" c="dimmed">
            One click shares them all, at once. You can stop at any time, and sharing ends by itself if your manager changes.
          </Text>
        </>
      );
    case 'SHARED':
      return (
        <>
          <Text size="sm">
            {state.manager.name} sees your {recordCount(state.count)} with earlier managers, and their action items.
          </Text>
          <Button
            variant="outline"
            color="red"
            leftSection={<IconEyeOff size={16} aria-hidden />}
            onClick={onStop}
            loading={changing}
            style={{ alignSelf: 'flex-start' }}
          >
            Stop sharing
          </Button>
          <Text size="xs" c="dimmed">
            Stopping takes effect at once. Sharing also ends by itself if your manager changes.
          </Text>
        </>
      );
  }
}

/**
 * On the report's own My growth page: a new manager does not see the records the report had with
 * earlier managers unless the report lets them. One action, revocable, with its history.
 */
export function EarlierRecordsCard() {
  const titleId = useId();
  const { sharing, manager, loading, error, refetch, share, stop, changing } = useEarlierRecordSharing();
  const [problem, setProblem] = useState<string | null>(null);
  const state = sharing ? earlierRecordsState(sharing, manager) : null;

  const run = async (action: 'share' | 'stop') => {
    if (!manager) return;
    setProblem(null);
    try {
      if (action === 'share') {
        await share();
        notifications.show({ color: 'green', message: `${manager.name} can now see your records with earlier managers.` });
      } else {
        await stop();
        notifications.show({ color: 'green', message: `Stopped sharing. ${manager.name} can no longer see your records with earlier managers.` });
      }
    } catch (failure) {
      const described = describeError(failure);
      setProblem(described.message);
      // NO_MANAGER or NOT_SHARING: things changed meanwhile (a new manager, a share already ended).
      if (described.code === 'CONFLICT') void refetch();
    }
  };

  const body = (() => {
    if (loading) {
      return (
        <Group gap="xs" role="status" aria-label="Loading your records with earlier managers">
          <Loader size="xs" aria-hidden />
          <Text size="sm" c="dimmed">
            Loading…
          </Text>
        </Group>
      );
    }
    if (!sharing || !state) return <LoadError title="This could not be loaded" error={error} onRetry={() => void refetch()} />;
    return (
      <Stack gap="sm">
        <Body state={state} changing={changing} onShare={() => void run('share')} onStop={() => void run('stop')} />
        <FormError message={problem} />
        <ShareHistory history={sharing.history} />
      </Stack>
    );
  })();

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={titleId}>
      <Group justify="space-between" align="center" mb="sm" gap="xs" wrap="wrap">
        <Title order={2} fz="lg" id={titleId}>
          Records with earlier managers
        </Title>
        {state && <StateBadge state={state} />}
      </Group>
      {body}
    </Card>
  );
}
