import type { Track } from './ladder';
import { isTrackChange, stretchTag, type StretchTag } from './stretch';

describe('stretchTag', () => {
  it.each<[number | null | undefined, number | null | undefined, StretchTag]>([
    [4, 3, 'STEP_UP'],
    [8, 1, 'STEP_UP'],
    [3, 3, 'SAME_LEVEL'],
    [2, 3, 'STEP_DOWN'],
    [1, 7, 'STEP_DOWN'],
    [null, 3, 'UNRATED'],
    [3, null, 'UNRATED'],
    [undefined, 3, 'UNRATED'],
    [3, undefined, 'UNRATED'],
    [null, null, 'UNRATED'],
    [Number.NaN, 3, 'UNRATED'],
    [0, 0, 'SAME_LEVEL'],
  ])('role rank %p against report rank %p → %s', (roleRank, reportRank, expected) => {
    expect(stretchTag(roleRank, reportRank)).toBe(expected);
  });

  it('follows the report: a promotion re-tags the same role', () => {
    const staffRole = 4;
    expect(stretchTag(staffRole, 3)).toBe('STEP_UP');
    expect(stretchTag(staffRole, 4)).toBe('SAME_LEVEL');
  });
});

describe('isTrackChange', () => {
  it.each<[Track | null | undefined, Track | null | undefined, boolean]>([
    ['IC', 'MANAGER', true],
    ['MANAGER', 'IC', true],
    ['IC', 'IC', false],
    ['MANAGER', 'MANAGER', false],
    [null, 'IC', false],
    ['MANAGER', undefined, false],
    [undefined, null, false],
  ])('role %p, report %p → %p', (roleTrack, reportTrack, expected) => {
    expect(isTrackChange(roleTrack, reportTrack)).toBe(expected);
  });
});
