import type { StretchTag } from '../../generated/gql/graphql';

/** How a stretch tag looks: its words, its colour, and a sentence for a tooltip or a screen reader. */
export interface StretchLook {
  label: string;
  color: string;
  /** Dark enough for small bold words on the badge's tint (WCAG AA). */
  textColor: string;
  variant: 'light' | 'outline';
  description: string;
}

const STRETCH: Record<StretchTag, StretchLook> = {
  STEP_UP: { label: 'Step up', color: 'green', textColor: '#1e6b31', variant: 'light', description: 'At least one rank above the current level: growth.' },
  SAME_LEVEL: { label: 'Same level', color: 'yellow', textColor: '#6b4a00', variant: 'light', description: 'The same rank as the current level: worth a satisfaction conversation.' },
  STEP_DOWN: { label: 'Step down', color: 'gray', textColor: '#343a40', variant: 'light', description: 'Below the current level.' },
  UNRATED: { label: 'Unrated', color: 'gray', textColor: '#495057', variant: 'outline', description: 'The role’s level or the current level is unknown.' },
};

export function stretchLook(tag: StretchTag): StretchLook {
  return STRETCH[tag] ?? STRETCH.UNRATED;
}
