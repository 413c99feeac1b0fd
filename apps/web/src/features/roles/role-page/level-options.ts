import { TRACK_LABELS } from '../../../shared/format/level-label';
import type { LadderLevel } from './role-page-types';

/** The select's value for "use the level inferred from the title". */
export const INFERRED_LEVEL = '__inferred__';

/** "Use the level from the title", then the ladder by track, lowest rank first; values are level keys. */
export function levelOverrideOptions(levels: readonly LadderLevel[]) {
  const sorted = [...levels].sort((a, b) => a.rank - b.rank || a.key.localeCompare(b.key));
  const groups = (['IC', 'MANAGER'] as const)
    .map((track) => ({
      group: TRACK_LABELS[track],
      items: sorted.filter((level) => level.track === track).map((level) => ({ value: level.key, label: `${level.name} (${level.key})` })),
    }))
    .filter((group) => group.items.length > 0);
  return [{ group: 'Inferred', items: [{ value: INFERRED_LEVEL, label: 'Use the level from the title' }] }, ...groups];
}
