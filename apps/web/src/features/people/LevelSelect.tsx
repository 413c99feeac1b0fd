import { useQuery } from '@apollo/client/react';
import { Select } from '@mantine/core';
import { graphql } from '../../generated/gql';
import type { LevelOptionsQuery } from '../../generated/gql/graphql';
import { TRACK_LABELS } from '../../shared/format/level-label';

const LevelOptionsDocument = graphql(`
  query LevelOptions {
    levels {
      id
      key
      name
      track
      rank
    }
  }
`);

type LevelOption = LevelOptionsQuery['levels'][number];

/** Ladder levels grouped by track, lowest rank first, for a Select. */
export function levelSelectData(levels: LevelOption[]) {
  const sorted = [...levels].sort((a, b) => a.rank - b.rank || a.key.localeCompare(b.key));
  return (['IC', 'MANAGER'] as const)
    .map((track) => ({
      group: TRACK_LABELS[track],
      items: sorted.filter((level) => level.track === track).map((level) => ({ value: level.id, label: `${level.name} (${level.key})` })),
    }))
    .filter((group) => group.items.length > 0);
}

interface LevelSelectProps {
  value: string | null;
  onChange: (levelId: string | null) => void;
  error?: string;
}

/** Picks a level of the organization's ladder; clearing it leaves the person without a level. */
export function LevelSelect({ value, onChange, error }: LevelSelectProps) {
  const { data, loading, error: loadError } = useQuery(LevelOptionsDocument);
  return (
    <Select
      label="Level"
      placeholder={loading ? 'Loading levels…' : 'No level'}
      data={levelSelectData(data?.levels ?? [])}
      value={value}
      onChange={onChange}
      clearable
      searchable
      nothingFoundMessage="No level matches"
      error={error ?? (loadError ? 'The ladder could not be loaded.' : undefined)}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
