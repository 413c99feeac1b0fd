import { Badge, Button, Group, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconDeviceLaptop, IconDeviceMobile } from '@tabler/icons-react';
import { graphql } from '../../../generated/gql';
import type { SessionFieldsFragment } from '../../../generated/gql/graphql';
import { formatDateTime } from '../../../shared/format/format-date';
import { useIsNarrow } from '../../../shared/ui/useIsNarrow';
import { describeLastUse, deviceLabel, isMobileDevice } from './session-display';

export const SessionFieldsFragmentDoc = graphql(`
  fragment SessionFields on Session {
    id
    signedInAt
    lastUsedAt
    device
    current
  }
`);

interface SessionRowProps {
  session: SessionFieldsFragment;
  /** A line above it, between rows. */
  divided: boolean;
  ending: boolean;
  disabled: boolean;
  onEnd: () => void;
}

/**
 * One place the person is signed in: what it is, since when, when last used, and a way to end it.
 * On a phone the button goes under the text, which then keeps the whole width.
 */
export function SessionRow({ session, divided, ending, disabled, onEnd }: SessionRowProps) {
  const narrow = useIsNarrow();
  const label = deviceLabel(session.device);
  const Icon = isMobileDevice(session.device) ? IconDeviceMobile : IconDeviceLaptop;
  const lastUse = session.current ? 'now' : describeLastUse(session.lastUsedAt);
  const signOut = session.current ? null : (
    <Button variant="default" size="xs" onClick={onEnd} loading={ending} disabled={disabled} aria-label={`Sign out ${label}, last used ${lastUse}`} style={{ flexShrink: 0 }}>
      Sign out
    </Button>
  );
  return (
    <Group
      component="li"
      justify="space-between"
      align="center"
      gap="sm"
      wrap="nowrap"
      py="sm"
      style={divided ? { borderTop: '1px solid var(--mantine-color-gray-2)' } : undefined}
    >
      <Group gap="sm" wrap="nowrap" align="flex-start" style={{ minWidth: 0 }}>
        <ThemeIcon variant="light" color={session.current ? 'teal' : 'gray'} size="lg" radius="md" aria-hidden>
          <Icon size={20} stroke={1.6} />
        </ThemeIcon>
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Group gap={8} wrap="wrap">
            <Text fw={500} size="sm">
              {label}
            </Text>
            {session.current && (
              <Badge color="teal" variant="light" size="sm" radius="sm">
                This device
              </Badge>
            )}
          </Group>
          <Text size="xs" c="dimmed">
            Signed in {formatDateTime(session.signedInAt)}
          </Text>
          <Text size="xs" c="dimmed">
            {session.current ? 'In use now' : `Last used ${lastUse}`}
          </Text>
          {narrow && signOut && (
            <Group mt={6}>
              {signOut}
            </Group>
          )}
        </Stack>
      </Group>
      {!narrow && signOut}
    </Group>
  );
}
