import { suppressRatio, suppressStatistic } from './figures';
import type { SuppressedCount } from './suppress';

const value = (count: number): SuppressedCount => ({ kind: 'VALUE', value: count });
const hidden: SuppressedCount = { kind: 'SUPPRESSED', threshold: 5 };

describe('suppressRatio', () => {
  it.each<[string, SuppressedCount, SuppressedCount, ReturnType<typeof suppressRatio>]>([
    ['both shown', value(6), value(8), { kind: 'VALUE', value: 0.75 }],
    ['numerator hidden: a share beside the team size would give it back', hidden, value(10), hidden],
    ['denominator hidden', value(6), hidden, hidden],
    ['both hidden', hidden, hidden, hidden],
  ])('%s', (_description, numerator, denominator, expected) => {
    expect(suppressRatio(numerator, denominator)).toEqual(expected);
  });

  it('refuses a share over a shown zero', () => {
    expect(() => suppressRatio(value(0), value(0))).toThrow(RangeError);
  });
});

describe('suppressStatistic', () => {
  it('shows a median over a shown count', () => {
    expect(suppressStatistic(4.5, value(7))).toEqual({ kind: 'VALUE', value: 4.5 });
  });

  it('hides it over a hidden count', () => {
    expect(suppressStatistic(4.5, hidden)).toEqual(hidden);
  });

  it('refuses a statistic that is not a number', () => {
    expect(() => suppressStatistic(Number.NaN, value(7))).toThrow(RangeError);
  });
});
