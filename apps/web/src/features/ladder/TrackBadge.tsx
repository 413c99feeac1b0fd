import { Badge } from '@mantine/core';
import type { Track } from '../../generated/gql/graphql';
import { TRACK_LABELS } from '../../shared/format/level-label';

export function TrackBadge({ track }: { track: Track }) {
  return (
    <Badge variant="light" color={track === 'IC' ? 'blue' : 'grape'} radius="sm" tt="none" style={{ minWidth: 'max-content' }}>
      {TRACK_LABELS[track]}
    </Badge>
  );
}
