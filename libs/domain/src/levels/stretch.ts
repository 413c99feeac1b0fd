import type { Track } from './ladder';

/** Where a role sits against the report's current level (docs/product.md, "Stretch"). */
export type StretchTag = 'STEP_UP' | 'SAME_LEVEL' | 'STEP_DOWN' | 'UNRATED';

/**
 * Tags a role by rank(role) − rank(report). Ranks are whole numbers on one scale shared by both tracks,
 * so any positive difference is at least +1; comparing the sign keeps a fractional rank from an edited
 * ladder from falling between the tags. A missing or non-finite rank leaves the role UNRATED.
 */
export function stretchTag(roleRank: number | null | undefined, reportRank: number | null | undefined): StretchTag {
  if (!isKnownRank(roleRank) || !isKnownRank(reportRank)) return 'UNRATED';
  const difference = roleRank - reportRank;
  if (difference > 0) return 'STEP_UP';
  if (difference < 0) return 'STEP_DOWN';
  return 'SAME_LEVEL';
}

/** A move between IC and management; unknown on either side is not reported as a change. */
export function isTrackChange(roleTrack: Track | null | undefined, reportTrack: Track | null | undefined): boolean {
  if (roleTrack == null || reportTrack == null) return false;
  return roleTrack !== reportTrack;
}

function isKnownRank(rank: number | null | undefined): rank is number {
  return typeof rank === 'number' && Number.isFinite(rank);
}
