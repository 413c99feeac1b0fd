import { Grid, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { useIsNarrow } from '../../../shared/ui/useIsNarrow';
import { BackLink } from '../ui/BackLink';
import { SharingBadge, StretchBadges } from '../ui/RoleBadges';
import { AccessLogCard } from './AccessLogCard';
import { ChecklistCard } from './ChecklistCard';
import { DeleteRoleCard } from './DeleteRoleCard';
import { EditRoleModal } from './EditRoleModal';
import { InterviewsCard } from './InterviewsCard';
import { LevelCard } from './LevelCard';
import { OutcomeSelect } from './OutcomeSelect';
import { RoleFactsCard } from './RoleFactsCard';
import type { LadderLevel, PageViewer, Role } from './role-page-types';
import { SharingCard } from './SharingCard';
import { ThreadCard } from './ThreadCard';

/** A role the viewer keeps: everything, editable. */
export function OwnerRoleView({ role, viewer, ladder }: { role: Role; viewer: PageViewer | null; ladder: readonly LadderLevel[] }) {
  const [editing, setEditing] = useState(false);
  const narrow = useIsNarrow();
  const facts = <RoleFactsCard role={role} onEdit={() => setEditing(true)} />;
  const checklist = <ChecklistCard role={role} />;
  const interviews = <InterviewsCard role={role} editable />;
  const thread = role.isShared && <ThreadCard role={role} otherName={viewer?.manager?.name ?? 'your manager'} />;
  const level = <LevelCard role={role} ladder={ladder} comparedWith="your level" />;
  const sharingCard = <SharingCard role={role} manager={viewer?.manager ?? null} />;
  const accessLog = <AccessLogCard role={role} />;
  const deleteCard = <DeleteRoleCard role={role} />;
  return (
    <>
      <BackLink to="/roles">My roles</BackLink>
      <PageHeader
        title={role.title}
        description={
          <Stack gap={6}>
            <Text size="sm" c="dimmed">
              {[role.company, role.location].filter(Boolean).join(' · ') || 'Company not given'}
            </Text>
            <Group gap={6} wrap="wrap">
              <StretchBadges stretch={role.stretch} trackChange={role.trackChange} />
              <SharingBadge shared={role.isShared} />
            </Group>
          </Stack>
        }
        actions={<OutcomeSelect role={role} />}
      />
      {narrow ? (
        // On a phone the level and sharing come right after the facts, before the long forms.
        <Stack gap="lg">
          {facts}
          {level}
          {sharingCard}
          {checklist}
          {interviews}
          {thread}
          {accessLog}
          {deleteCard}
        </Stack>
      ) : (
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 8 }}>
            <Stack gap="lg">
              {facts}
              {checklist}
              {interviews}
              {thread}
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <Stack gap="lg">
              {level}
              {sharingCard}
              {accessLog}
              {deleteCard}
            </Stack>
          </Grid.Col>
        </Grid>
      )}
      <EditRoleModal role={role} opened={editing} onClose={() => setEditing(false)} />
    </>
  );
}
