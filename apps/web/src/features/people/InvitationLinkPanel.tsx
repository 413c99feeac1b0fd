import { ActionIcon, Alert, CopyButton, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import type { InvitationLinkFieldsFragment } from '../../generated/gql/graphql';
import { describeExpiry, formatDateTime } from '../../shared/format/format-date';

/** A fresh single-use invitation link: mailed to the invitee, and here to copy in case the mail does not arrive. */
export function InvitationLinkPanel({ invitation }: { invitation: InvitationLinkFieldsFragment }) {
  const { person } = invitation;
  return (
    <Stack gap="sm">
      {invitation.emailed ? (
        <Alert role="status" color="green" variant="light" title={`Invitation sent to ${person.name}`}>
          Onward emailed this link to {person.email}. If it does not arrive, copy it and send it yourself. It works once.
        </Alert>
      ) : (
        <Alert role="status" color="orange" variant="light" title={`Invitation ready for ${person.name}`}>
          The email to {person.email} could not be sent: copy this link and send it yourself. It works once.
        </Alert>
      )}
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
