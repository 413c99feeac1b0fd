import { daysFromInterviewToDebrief, median } from './team-figures';

describe('median', () => {
  it.each<[number[], number | null]>([
    [[], null],
    [[4], 4],
    [[9, 1, 5], 5],
    [[1, 2, 3, 10], 2.5],
    [[0, 0, 7, 7], 3.5],
    [[30, 2, 2], 2],
  ])('of %p is %p', (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it('leaves its input as it was', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('daysFromInterviewToDebrief', () => {
  it.each<[string, string[], string, number | null]>([
    ['the latest interview before the debrief counts', ['2026-03-01', '2026-03-10', '2026-02-20'], '2026-03-14', 4],
    ['a debrief on the interview day', ['2026-03-10'], '2026-03-10', 0],
    ['an interview after the debrief is not the one it was about', ['2026-03-01', '2026-04-02'], '2026-03-15', 14],
    ['no interview by then', ['2026-04-02'], '2026-03-15', null],
    ['no interviews at all', [], '2026-03-15', null],
  ])('%s', (_description, interviews, debriefOn, expected) => {
    expect(daysFromInterviewToDebrief(interviews, debriefOn)).toBe(expected);
  });
});
