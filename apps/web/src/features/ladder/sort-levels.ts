interface Rankable {
  rank: number;
  track: string;
  key: string;
}

/** Lowest rank first; at equal rank the IC track before the manager track, then by key. */
export function sortLevels<T extends Rankable>(levels: readonly T[]): T[] {
  return [...levels].sort((a, b) => a.rank - b.rank || a.track.localeCompare(b.track) || a.key.localeCompare(b.key));
}
