import { Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { BackLink } from '../ui/BackLink';
import { SharingBadge, StretchBadges } from '../../../shared/ui/RoleBadges';
import { AccessLogCard } from './AccessLogCard';
import { ChecklistCard } from './ChecklistCard';
import { DeleteRoleCard } from './DeleteRoleCard';
import { EditRoleModal } from './EditRoleModal';
import { InterviewsCard } from './InterviewsCard';
import { LevelCard } from './LevelCard';
import { OutcomeSelect } from './OutcomeSelect';
import { RoleFactsCard } from './RoleFactsCard';
import { RoleLayout } from './RoleLayout';
import type { LadderLevel, PageViewer, Role } from './role-page-types';
import { SharingCard } from './SharingCard';
import { ThreadCard } from './ThreadCard';

/** A role the viewer keeps: everything, editable. */
export function OwnerRoleView({ role, viewer, ladder }: { role: Role; viewer: PageViewer | null; ladder: readonly LadderLevel[] }) {
  const [editing, setEditing] = useState(false);
  const facts = <RoleFactsCard role={role} onEdit={() => setEditing(true)} />;
  const checklist = <ChecklistCard role={role} />;
  const interviews = <InterviewsCard role={role} editable />;
  const thread = role.isShared && <ThreadCard role={role} otherName={viewer?.manager?.name ?? 'your manager'} viewerId={viewer?.id ?? null} />;
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
      {/* On a phone the level and sharing come right after the facts, before the long forms. */}
      <RoleLayout
        main={[
          { key: 'facts', phoneOrder: 1, node: facts },
          { key: 'checklist', phoneOrder: 4, node: checklist },
          { key: 'interviews', phoneOrder: 5, node: interviews },
          { key: 'thread', phoneOrder: 6, node: thread },
        ]}
        side={[
          { key: 'level', phoneOrder: 2, node: level },
          { key: 'sharing', phoneOrder: 3, node: sharingCard },
          { key: 'access', phoneOrder: 7, node: accessLog },
          { key: 'delete', phoneOrder: 8, node: deleteCard },
        ]}
      />
      <EditRoleModal role={role} opened={editing} onClose={() => setEditing(false)} />
    </>
  );
}
