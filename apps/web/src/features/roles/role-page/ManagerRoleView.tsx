import { Alert, Blockquote, Button, Grid, Stack, Text } from '@mantine/core';
import { IconMoodSmile, IconNotes } from '@tabler/icons-react';
import { Link } from 'react-router';
import { formatDateTime } from '../../../shared/format/format-date';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { BackLink } from '../ui/BackLink';
import { StretchBadges } from '../../../shared/ui/RoleBadges';
import { SectionCard } from '../ui/SectionCard';
import { ChecklistSummary } from './ChecklistSummary';
import { InterviewsCard } from './InterviewsCard';
import { LevelCard } from './LevelCard';
import { RoleFactsCard } from './RoleFactsCard';
import type { LadderLevel, Role } from './role-page-types';
import { ThreadCard } from './ThreadCard';

/** Where a manager goes next about a report's role (pages of the growth feature). */
export function debriefPath(ownerId: string, roleId: string) {
  return `/team/${encodeURIComponent(ownerId)}/debriefs/new?roleId=${encodeURIComponent(roleId)}`;
}
export function satisfactionConversationPath(ownerId: string, roleId: string) {
  return `/team/${encodeURIComponent(ownerId)}/conversations/new?kind=SATISFACTION&roleId=${encodeURIComponent(roleId)}`;
}

/** A direct report's shared role, as their manager sees it: read-only, with the level and the thread. */
export function ManagerRoleView({ role, ladder, viewerId }: { role: Role; ladder: readonly LadderLevel[]; viewerId: string | null }) {
  const ownerName = role.owner?.name ?? 'Your report';
  const first = ownerName.split(' ')[0];
  const ownerId = role.owner?.id ?? '';
  return (
    <>
      <BackLink to="/shared">Shared with me</BackLink>
      <PageHeader
        title={role.title}
        description={
          <Stack gap={6}>
            <Text size="sm" c="dimmed">
              {[role.company, role.location].filter(Boolean).join(' · ') || 'Company not given'}
            </Text>
            <Text size="sm">
              Shared by <b>{ownerName}</b>
              {role.sharedAt && ` on ${formatDateTime(role.sharedAt)}`}
            </Text>
            <StretchBadges stretch={role.stretch} trackChange={role.trackChange} />
          </Stack>
        }
        actions={
          ownerId && (
            <Button component={Link} to={debriefPath(ownerId, role.id)} leftSection={<IconNotes size={16} aria-hidden />}>
              Run a debrief
            </Button>
          )
        }
      />
      <Stack gap="lg">
        {role.satisfactionConversationSuggested && (
          <Alert color="yellow" variant="light" title="Worth a conversation" icon={<IconMoodSmile aria-hidden />} styles={{ title: { color: '#6b4a00' } }}>
            <Stack gap="sm" align="flex-start">
              <Text size="sm">Same level as {first}’s current level — consider a satisfaction conversation.</Text>
              {ownerId && (
                <Button component={Link} to={satisfactionConversationPath(ownerId, role.id)} size="xs" variant="white" color="dark">
                  Plan a satisfaction conversation
                </Button>
              )}
            </Stack>
          </Alert>
        )}
        {role.shareMessage && (
          <SectionCard title={`${first}’s message`}>
            <Blockquote p="sm" fz="sm" color="blue" style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
              {role.shareMessage}
            </Blockquote>
          </SectionCard>
        )}
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 8 }} order={{ base: 2, md: 1 }}>
            <Stack gap="lg">
              <RoleFactsCard role={role} ownerName={ownerName} />
              <ChecklistSummary role={role} ownerFirstName={first} />
              <InterviewsCard role={role} editable={false} />
              <ThreadCard role={role} otherName={first} viewerId={viewerId} />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }} order={{ base: 1, md: 2 }}>
            <Stack gap="xs">
              <LevelCard role={role} ladder={ladder} comparedWith={`${first}’s level`} />
              <Text size="xs" c="dimmed" px="xs">
                {first} sees in their access log each time you open this role.
              </Text>
            </Stack>
          </Grid.Col>
        </Grid>
      </Stack>
    </>
  );
}
