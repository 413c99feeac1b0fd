import type { RoleSource, StretchTag } from '../../../generated/gql/graphql';

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

export { ROLE_OUTCOME_LABELS as OUTCOME_LABELS, INTERVIEW_KIND_LABELS, optionsOf } from '../../../shared/format/enum-labels';

export const SOURCE_LABELS: Record<RoleSource, string> = {
  FOUND_IT: 'I found it',
  RECRUITER_REACHED_OUT: 'A recruiter reached out',
  REFERRAL: 'Someone referred me',
  OTHER: 'Some other way',
};

/** schema.org employment types, as postings give them. */
export const EMPLOYMENT_TYPE_LABELS: Record<string, string> = {
  FULL_TIME: 'Full time',
  PART_TIME: 'Part time',
  CONTRACTOR: 'Contractor',
  TEMPORARY: 'Temporary',
  INTERN: 'Internship',
  VOLUNTEER: 'Volunteer',
  PER_DIEM: 'Per diem',
  OTHER: 'Other',
};

export const SALARY_UNIT_LABELS: Record<string, string> = { YEAR: 'per year', MONTH: 'per month', WEEK: 'per week', DAY: 'per day', HOUR: 'per hour' };

/** "Full time" for FULL_TIME; an unknown type as written, with underscores as spaces. */
export function employmentTypeLabel(type: string): string {
  return EMPLOYMENT_TYPE_LABELS[type.toUpperCase()] ?? type.replace(/_/g, ' ').toLowerCase().replace(/^./, (c) => c.toUpperCase());
}

interface SalaryLike {
  min: number | null;
  max: number | null;
  currency: string | null;
  unit: string | null;
}

/** "EUR 90,000 – 120,000 per year", "from USD 50 per hour", or null when nothing is known. */
export function salaryLabel(salary: SalaryLike | null | undefined, locale?: string): string | null {
  if (!salary || (salary.min == null && salary.max == null)) return null;
  const number = (n: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(n);
  const currency = salary.currency ? `${salary.currency} ` : '';
  const unit = salary.unit ? ` ${SALARY_UNIT_LABELS[salary.unit] ?? `per ${salary.unit.toLowerCase()}`}` : '';
  let range: string;
  if (salary.min != null && salary.max != null) range = salary.min === salary.max ? `${currency}${number(salary.min)}` : `${currency}${number(salary.min)} – ${number(salary.max)}`;
  else if (salary.min != null) range = `from ${currency}${number(salary.min)}`;
  else range = `up to ${currency}${number(salary.max!)}`;
  return `${range}${unit}`;
}
