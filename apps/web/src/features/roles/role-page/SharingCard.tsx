import { Blockquote, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLock, IconShare, IconShareOff } from '@tabler/icons-react';
import { useState } from 'react';
import { describeError } from '../../../shared/errors/describe-error';
import { formatDateTime } from '../../../shared/format/format-date';
import { FormError } from '../../../shared/ui/FormError';
import { useRevokeRoleShare } from '../api/useRoleMutations';
import { SharingBadge } from '../../../shared/ui/RoleBadges';
import { SectionCard } from '../ui/SectionCard';
import type { PageViewer, Role } from './role-page-types';
import { ShareRoleModal } from './ShareRoleModal';

/**
 * Private until shared; sharing and stopping take effect on the manager's next request. A role is
 * shared along the reporting line: with the current manager, whoever that is when they look.
 */
export function SharingCard({ role, manager }: { role: Role; manager: PageViewer['manager'] }) {
  const [sharing, setSharing] = useState(false);
  const [revoke, { loading: revoking }] = useRevokeRoleShare();
  const [problem, setProblem] = useState<string | null>(null);
  const managerName = manager?.name ?? 'your manager';

  const stopSharing = async () => {
    setProblem(null);
    try {
      await revoke({ variables: { id: role.id } });
      notifications.show({ color: 'green', message: `Stopped sharing. ${managerName} can no longer open this role.` });
    } catch (error) {
      setProblem(describeError(error).message);
    }
  };

  return (
    <SectionCard title="Sharing" actions={<SharingBadge shared={role.isShared} />}>
      <Stack gap="sm">
        {role.isShared ? (
          <>
            {manager ? (
              <Text size="sm">
                Shared with your current manager, <b>{manager.name}</b>
                {role.sharedAt && `, since ${formatDateTime(role.sharedAt)}`}.
              </Text>
            ) : (
              <Text size="sm">Shared, but you have no manager in Onward right now. Your next manager will be able to open it.</Text>
            )}
            {role.shareMessage && (
              <Blockquote p="sm" fz="sm" color="blue" aria-label="Your message" style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
                {role.shareMessage}
              </Blockquote>
            )}
            {manager && (
              <Text size="sm" c="dimmed">
                If your manager changes, the role stays shared with whoever manages you then.
              </Text>
            )}
            <Button variant="outline" color="red" leftSection={<IconShareOff size={16} aria-hidden />} onClick={() => void stopSharing()} loading={revoking}>
              Stop sharing
            </Button>
            <Text size="xs" c="dimmed">
              Stopping takes effect immediately: {managerName} can no longer open the role or its thread.
            </Text>
          </>
        ) : (
          <>
            <Group gap={6} wrap="nowrap" align="flex-start">
              <IconLock size={16} aria-hidden style={{ marginTop: 3, flexShrink: 0 }} />
              <Text size="sm">Private: only you can see this role.</Text>
            </Group>
            {manager ? (
              <>
                <Button leftSection={<IconShare size={16} aria-hidden />} onClick={() => setSharing(true)}>
                  Share with {manager.name}
                </Button>
                <Text size="xs" c="dimmed">
                  You can stop sharing at any time; it takes effect immediately.
                </Text>
              </>
            ) : (
              <Text size="sm" c="dimmed">
                You have no manager in Onward to share with; ask your admin to set one.
              </Text>
            )}
          </>
        )}
        <FormError message={problem} />
      </Stack>
      {manager && <ShareRoleModal role={role} managerName={manager.name} opened={sharing} onClose={() => setSharing(false)} />}
    </SectionCard>
  );
}
