import type { StretchTag } from '../../../generated/gql/graphql';
import { employmentTypeLabel, salaryLabel, stretchLook } from './role-labels';

describe('stretchLook', () => {
  it.each<[StretchTag, string, string, string]>([
    ['STEP_UP', 'Step up', 'green', 'light'],
    ['SAME_LEVEL', 'Same level', 'yellow', 'light'],
    ['STEP_DOWN', 'Step down', 'gray', 'light'],
    ['UNRATED', 'Unrated', 'gray', 'outline'],
  ])('shows %s as “%s” in %s (%s)', (tag, label, color, variant) => {
    expect(stretchLook(tag)).toMatchObject({ label, color, variant });
  });

  it('treats a tag it does not know (a newer API) as unrated rather than failing', () => {
    expect(stretchLook('SIDEWAYS' as StretchTag).label).toBe('Unrated');
  });
});

describe('salaryLabel', () => {
  it('shows a range with its currency and period', () => {
    expect(salaryLabel({ min: 90000, max: 120000, currency: 'EUR', unit: 'YEAR' }, 'en-US')).toBe('EUR 90,000 – 120,000 per year');
  });

  it('says “from” or “up to” when one bound is missing, and one figure when both are equal', () => {
    expect(salaryLabel({ min: 50, max: null, currency: 'USD', unit: 'HOUR' }, 'en-US')).toBe('from USD 50 per hour');
    expect(salaryLabel({ min: null, max: 8000, currency: null, unit: 'MONTH' }, 'en-US')).toBe('up to 8,000 per month');
    expect(salaryLabel({ min: 70000, max: 70000, currency: 'GBP', unit: null }, 'en-US')).toBe('GBP 70,000');
  });

  it('is null when no figure is known', () => {
    expect(salaryLabel(null)).toBeNull();
    expect(salaryLabel({ min: null, max: null, currency: 'EUR', unit: 'YEAR' })).toBeNull();
  });
});

describe('employmentTypeLabel', () => {
  it('names schema.org types and keeps unknown ones readable', () => {
    expect(employmentTypeLabel('FULL_TIME')).toBe('Full time');
    expect(employmentTypeLabel('full_time')).toBe('Full time');
    expect(employmentTypeLabel('SEASONAL_WORK')).toBe('Seasonal work');
  });
});
