import { Anchor, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { levelLabel } from '../../../shared/format/level-label';
import { PracticeBadge } from '../../../shared/practice/PracticeBadge';
import { practiceLine } from '../../../shared/practice/practice-status';
import type { TeamMember } from './team-operations';
import { TeamMemberActions } from './TeamMemberActions';

/** The team table as stacked entries, for phones. */
export function TeamCardList({ members }: { members: TeamMember[] }) {
  return (
    <Stack component="ul" aria-label="Direct reports" gap={0} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {members.map((member) => (
        <Stack component="li" key={member.id} gap={6} px="md" py="sm" style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}>
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <Stack gap={0} style={{ minWidth: 0 }}>
              <Anchor component={Link} to={`/team/${member.id}`} fw={600} size="sm">
                {member.name}
              </Anchor>
              <Text size="sm" c="dimmed">
                {member.title || 'No title'} · {levelLabel(member.level)}
              </Text>
            </Stack>
            <PracticeBadge state={member.practiceStatus?.state} />
          </Group>
          {member.practiceStatus && (
            <Text size="sm" c="dimmed">
              {practiceLine(member.practiceStatus)}
            </Text>
          )}
          <TeamMemberActions member={member} />
        </Stack>
      ))}
    </Stack>
  );
}
