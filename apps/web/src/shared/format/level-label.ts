interface LevelLike {
  key: string;
  name: string;
}

/** "Senior (IC3)", or a dash when there is no level. */
export function levelLabel(level: LevelLike | null | undefined): string {
  return level ? `${level.name} (${level.key})` : '—';
}

export const TRACK_LABELS = { IC: 'Individual contributor', MANAGER: 'Manager' } as const;
