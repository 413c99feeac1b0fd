import { Table, Text, VisuallyHidden } from '@mantine/core';
import type { LevelFieldsFragment } from '../../generated/gql/graphql';
import { LevelActions, type LevelActionHandlers } from './LevelActions';
import { LevelKeywords } from './LevelKeywords';
import { TrackBadge } from './TrackBadge';

interface LadderTableProps {
  levels: LevelFieldsFragment[];
  /** Absent for people who may only read the ladder. */
  actions?: LevelActionHandlers;
  /** For each level, which other levels share a keyword of it. */
  alsoOn?: (level: LevelFieldsFragment) => (keyword: string) => string[];
}

/** The ladder as a table (wide screens; phones get LadderCardList). */
export function LadderTable({ levels, actions, alsoOn }: LadderTableProps) {
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="sm" fz="sm" aria-label="Levels">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Key</Table.Th>
            <Table.Th>Name</Table.Th>
            <Table.Th>Track</Table.Th>
            <Table.Th>Rank</Table.Th>
            <Table.Th>Title keywords</Table.Th>
            {actions && (
              <Table.Th w={88}>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {levels.map((level) => (
            <Table.Tr key={level.id}>
              <Table.Td>
                <Text fw={600} size="sm">
                  {level.key}
                </Text>
              </Table.Td>
              <Table.Td>{level.name}</Table.Td>
              <Table.Td>
                <TrackBadge track={level.track} />
              </Table.Td>
              <Table.Td>{level.rank}</Table.Td>
              <Table.Td>
                <LevelKeywords keywords={level.keywords} alsoOn={alsoOn?.(level)} />
              </Table.Td>
              {actions && (
                <Table.Td>
                  <LevelActions level={level} {...actions} />
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
