import type { CandidateExperienceAspect, StretchTag } from '../../generated/gql/graphql';

/** Stretch tags as the dashboards name and colour them (a colour is only a second cue: the words carry it). */
export const STRETCH_SERIES: Record<StretchTag, { label: string; color: string }> = {
  STEP_UP: { label: 'Step up', color: 'teal.6' },
  SAME_LEVEL: { label: 'Same level', color: 'yellow.6' },
  STEP_DOWN: { label: 'Step down', color: 'orange.7' },
  UNRATED: { label: 'Unrated', color: 'gray.5' },
};

export const STRETCH_ORDER: StretchTag[] = ['STEP_UP', 'SAME_LEVEL', 'STEP_DOWN', 'UNRATED'];

/** How the other company read the report against their level here. */
export const LEVEL_READING_LABELS: Record<StretchTag, string> = {
  STEP_UP: 'Above their level here',
  SAME_LEVEL: 'At their level here',
  STEP_DOWN: 'Below their level here',
  UNRATED: 'Not compared',
};

export const ASPECT_LABELS: Record<CandidateExperienceAspect, string> = {
  STARTED_ON_TIME: 'Interviews started on time',
  ROLE_CLEARLY_EXPLAINED: 'The role was clearly explained',
  INTERVIEWERS_PREPARED: 'Interviewers were prepared',
  TREATED_WITH_RESPECT: 'Treated with respect',
  CHALLENGING: 'The interviews were challenging',
};

/** "2026-Q3" → "Q3 2026"; the current quarter says it is still running. */
export function quarterLabel(quarter: string, current = false): string {
  const match = /^(\d{4})-Q([1-4])$/.exec(quarter);
  const label = match ? `Q${match[2]} ${match[1]}` : quarter;
  return current ? `${label} (so far)` : label;
}

/** "2026-Q3" → "Q3 ’26": eight of them fit under a chart on a phone. */
export function quarterShortLabel(quarter: string): string {
  const match = /^\d{2}(\d{2})-Q([1-4])$/.exec(quarter);
  return match ? `Q${match[2]} ’${match[1]}` : quarter;
}
