import type { RoleSource } from '../../../generated/gql/graphql';

export { stretchLook, type StretchLook } from '../../../shared/format/stretch-look';

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
