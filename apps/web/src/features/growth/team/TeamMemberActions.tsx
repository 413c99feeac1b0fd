import { Button, Group } from '@mantine/core';
import { IconMessageCircle, IconNotes } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { TeamMember } from './team-operations';

/** Start a debrief or a conversation with one report. */
export function TeamMemberActions({ member }: { member: TeamMember }) {
  return (
    <Group gap="xs" wrap="nowrap">
      <Button
        component={Link}
        to={`/team/${member.id}/debriefs/new`}
        size="compact-sm"
        variant="light"
        leftSection={<IconNotes size={14} aria-hidden />}
        aria-label={`Debrief with ${member.name}`}
      >
        Debrief
      </Button>
      <Button
        component={Link}
        to={`/team/${member.id}/conversations/new`}
        size="compact-sm"
        variant="light"
        leftSection={<IconMessageCircle size={14} aria-hidden />}
        aria-label={`Conversation with ${member.name}`}
      >
        Conversation
      </Button>
    </Group>
  );
}
