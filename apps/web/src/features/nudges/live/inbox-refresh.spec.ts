import { listsMayHaveChanged } from './inbox-refresh';

describe('listsMayHaveChanged', () => {
  it.each([
    ['a first change with the count already shown', true, 3, 3, false],
    ['a first change with another count than shown', true, 3, 4, true],
    ['a first change before any count was shown', true, undefined, 2, false],
    ['any later change, even with the same count', false, 3, 3, true],
  ])('%s → %s', (_, first, shown, count, expected) => {
    expect(listsMayHaveChanged({ openCount: count }, first, shown)).toBe(expected);
  });
});
