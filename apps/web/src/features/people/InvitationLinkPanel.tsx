import { ActionIcon, Alert, CopyButton, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import type { InvitationLinkFieldsFragment } from '../../generated/gql/graphql';
import { describeExpiry, formatDateTime } from '../../shared/format/format-date';

/** A fresh single-use invitation link, ready to copy and pass on (Onward does not mail it yet). */
export function InvitationLinkPanel({ invitation }: { invitation: InvitationLinkFieldsFragment }) {
  const { person } = invitation;
  return (
    <Stack gap="sm">
      <Alert role="status" color="green" variant="light" title={`Invitation ready for ${person.name}`}>
        Onward does not send email yet: copy this link and send it to {person.email} yourself. It works once.
      </Alert>
      <TextInput
        label="Invitation link"
        value={invitation.url}
        readOnly
        onFocus={(event) => event.currentTarget.select()}
        styles={{ input: { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, monospace', fontSize: 13 } }}
        rightSection={
          <CopyButton value={invitation.url} timeout={2000}>
            {({ copied, copy }) => (
              <Tooltip label={copied ? 'Copied' : 'Copy link'} withArrow>
                <ActionIcon variant="subtle" color={copied ? 'teal' : 'gray'} onClick={copy} aria-label={copied ? 'Copied' : 'Copy link'}>
                  {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                </ActionIcon>
              </Tooltip>
            )}
          </CopyButton>
        }
      />
      <Text size="sm" c="dimmed">
        Expires {describeExpiry(invitation.expiresAt)}, on {formatDateTime(invitation.expiresAt)}.
      </Text>
    </Stack>
  );
}
