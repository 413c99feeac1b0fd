import { snoozeDayBounds } from './snooze-days';

describe('snoozeDayBounds', () => {
  it('runs from tomorrow to 366 days ahead, across month and year ends', () => {
    expect(snoozeDayBounds(new Date(2026, 11, 31, 23, 30))).toEqual({ min: '2027-01-01', max: '2028-01-01' });
    expect(snoozeDayBounds(new Date(2027, 1, 28, 9))).toEqual({ min: '2027-03-01', max: '2028-02-29' });
  });
});
