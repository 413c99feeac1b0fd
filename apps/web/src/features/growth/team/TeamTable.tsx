import { Anchor, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { formatDay } from '../../../shared/format/format-day';
import { levelLabel } from '../../../shared/format/level-label';
import { PracticeBadge } from '../../../shared/practice/PracticeBadge';
import type { TeamMember } from './team-operations';
import { TeamMemberActions } from './TeamMemberActions';

/** The team as a table (wide screens; phones get TeamCardList). */
export function TeamTable({ members }: { members: TeamMember[] }) {
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table verticalSpacing="sm" fz="sm" highlightOnHover aria-label="Direct reports">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name and title</Table.Th>
            <Table.Th>Level</Table.Th>
            <Table.Th>Practice</Table.Th>
            <Table.Th>Last practice</Table.Th>
            <Table.Th>Next due</Table.Th>
            <Table.Th>Start</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {members.map((member) => (
            <Table.Tr key={member.id}>
              <Table.Td>
                <Stack gap={0}>
                  <Anchor component={Link} to={`/team/${member.id}`} fw={600} size="sm">
                    {member.name}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {member.title || 'No title'}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td>{levelLabel(member.level)}</Table.Td>
              <Table.Td>
                <PracticeBadge state={member.practiceStatus?.state} />
              </Table.Td>
              <Table.Td>{member.practiceStatus?.lastPracticeOn ? formatDay(member.practiceStatus.lastPracticeOn) : 'Never'}</Table.Td>
              <Table.Td>{formatDay(member.practiceStatus?.dueOn)}</Table.Td>
              <Table.Td>
                <TeamMemberActions member={member} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
