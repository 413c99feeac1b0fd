import { Group, Loader, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { describeError } from '../../../shared/errors/describe-error';
import { formatDateTime } from '../../../shared/format/format-date';
import { levelLabel } from '../../../shared/format/level-label';
import { FormError } from '../../../shared/ui/FormError';
import { useSetRoleLevel } from '../api/useRoleMutations';
import { StretchBadges } from '../../../shared/ui/RoleBadges';
import { SectionCard } from '../ui/SectionCard';
import { INFERRED_LEVEL, levelOverrideOptions } from './level-options';
import type { LadderLevel, Role } from './role-page-types';

interface LevelCardProps {
  role: Role;
  ladder: readonly LadderLevel[];
  /** "your level" for the owner, "Priya’s level" for the manager. */
  comparedWith: string;
}

function LevelOrigin({ role }: { role: Role }) {
  if (role.levelSource === 'INFERRED') {
    if (!role.level) return <Text size="sm">No level could be read from the title.</Text>;
    if (role.levelConfidence === 'LOW') {
      return (
        <Text size="sm">
          Inferred from the title, with <b>low confidence</b>: the title has no seniority word, so {role.level.name} is a guess. Set the level if you know better.
        </Text>
      );
    }
    return <Text size="sm">Inferred from the title.</Text>;
  }
  return (
    <Text size="sm">
      Set by {role.levelSetBy?.name ?? 'someone who has left'}
      {role.levelSetAt && (
        <Text span size="sm" c="dimmed">
          {' '}
          on {formatDateTime(role.levelSetAt)}
        </Text>
      )}
      ; the title no longer changes it.
    </Text>
  );
}

/** The role's level against the report's, where it came from, and a way to override it. */
export function LevelCard({ role, ladder, comparedWith }: LevelCardProps) {
  const [setLevel, { loading }] = useSetRoleLevel();
  const [problem, setProblem] = useState<string | null>(null);
  const value = role.levelSource === 'INFERRED' ? INFERRED_LEVEL : (role.level?.key ?? INFERRED_LEVEL);

  const change = async (next: string | null) => {
    if (!next || next === value) return;
    setProblem(null);
    try {
      const { data } = await setLevel({ variables: { id: role.id, levelKey: next === INFERRED_LEVEL ? null : next } });
      const level = data?.setInterestingRoleLevel.level;
      notifications.show({ color: 'green', message: next === INFERRED_LEVEL ? `Back to the level from the title: ${levelLabel(level)}.` : `Level set to ${levelLabel(level)}.` });
    } catch (error) {
      setProblem(describeError(error).message);
    }
  };

  const ownerLevel = role.owner?.level;
  return (
    <SectionCard title="Level">
      <Stack gap="sm">
        <Group gap="xs" wrap="wrap" align="center">
          <Text fw={650} size="lg">
            {role.level ? role.level.name : 'Unknown level'}
          </Text>
          {role.level && (
            <Text size="sm" c="dimmed">
              {role.level.key}
            </Text>
          )}
        </Group>
        <StretchBadges stretch={role.stretch} trackChange={role.trackChange} size="md" />
        <Text size="sm">
          Compared with {comparedWith}: <b>{ownerLevel ? levelLabel(ownerLevel) : 'not set yet'}</b>.
        </Text>
        <LevelOrigin role={role} />
        <Select
          label="Override the level"
          data={levelOverrideOptions(ladder)}
          value={value}
          onChange={(next) => void change(next)}
          allowDeselect={false}
          disabled={loading}
          rightSection={loading ? <Loader size="xs" aria-label="Saving the level" /> : undefined}
          comboboxProps={{ withinPortal: true }}
        />
        <FormError message={problem} />
      </Stack>
    </SectionCard>
  );
}
