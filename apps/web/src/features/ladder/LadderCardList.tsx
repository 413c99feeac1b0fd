import { Group, Stack, Text } from '@mantine/core';
import type { LevelFieldsFragment } from '../../generated/gql/graphql';
import { LevelActions, type LevelActionHandlers } from './LevelActions';
import { LevelKeywords } from './LevelKeywords';
import { TrackBadge } from './TrackBadge';

/** The ladder as stacked entries, for phones. */
export function LadderCardList({
  levels,
  actions,
  alsoOn,
}: {
  levels: LevelFieldsFragment[];
  actions?: LevelActionHandlers;
  alsoOn?: (level: LevelFieldsFragment) => (keyword: string) => string[];
}) {
  return (
    <Stack component="ul" aria-label="Levels" gap={0} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {levels.map((level, index) => (
        <Group
          component="li"
          key={level.id}
          justify="space-between"
          align="flex-start"
          wrap="nowrap"
          px="md"
          py="sm"
          style={index > 0 ? { borderTop: '1px solid var(--mantine-color-gray-2)' } : undefined}
        >
          <Stack gap={6} style={{ minWidth: 0 }}>
            <Group gap={8}>
              <Text fw={700} size="sm">
                {level.key}
              </Text>
              <Text size="sm">{level.name}</Text>
              <Text size="sm" c="dimmed">
                rank {level.rank}
              </Text>
            </Group>
            <TrackBadge track={level.track} />
            <LevelKeywords keywords={level.keywords} alsoOn={alsoOn?.(level)} />
          </Stack>
          {actions && <LevelActions level={level} {...actions} />}
        </Group>
      ))}
    </Stack>
  );
}
