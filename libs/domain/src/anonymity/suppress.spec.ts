import { anonymityThreshold, suppress, suppressSet, type SuppressedCount } from './suppress';

/** Compact notation for the tables: a number is shown, '<k' is suppressed. */
type Shown = number | `<${number}`;
const show = (cell: SuppressedCount): Shown => (cell.kind === 'VALUE' ? cell.value : `<${cell.threshold}`);

describe('anonymityThreshold', () => {
  it.each([
    [5, 5],
    [3, 3],
    [2, 3],
    [0, 3],
    [-4, 3],
    [4.2, 5],
    [Number.NaN, 5],
    [Number.POSITIVE_INFINITY, 5],
  ])('k = %p applies as %p', (k, expected) => {
    expect(anonymityThreshold(k)).toBe(expected);
  });
});

describe('suppress', () => {
  it.each<[number, number, Shown]>([
    [7, 5, 7],
    [5, 5, 5],
    [4, 5, '<5'],
    [1, 5, '<5'],
    [0, 5, '<5'],
    [2, 1, '<3'],
    [3, 1, 3],
    [2, 0, '<3'],
    [9, 10, '<10'],
  ])('%i people with k = %i → %p', (count, k, expected) => {
    expect(show(suppress(count, k))).toBe(expected);
  });

  it.each([[-1], [2.5], [Number.NaN]])('rejects a count of %p', (count) => {
    expect(() => suppress(count, 5)).toThrow(RangeError);
  });
});

describe('suppressSet', () => {
  it.each<[string, number[], number, number, Shown[], Shown]>([
    ['all parts large enough', [6, 8, 10], 24, 5, [6, 8, 10], 24],
    ['one small part: the next-smallest is hidden with it', [2, 8, 10], 20, 5, ['<5', '<5', 10], 20],
    ['the complementary part is the smallest shown, wherever it sits', [12, 7, 3, 9], 31, 5, [12, '<5', '<5', 9], 31],
    ['two small parts that together reach k', [2, 3, 10], 15, 5, ['<5', '<5', 10], 15],
    ['two small parts whose sum would still give them away', [1, 2, 10, 12], 25, 5, ['<5', '<5', '<5', 12], 25],
    ['a zero part is hidden like any small count', [0, 6, 9], 15, 5, ['<5', '<5', 9], 15],
    ['equal candidates: the earlier one is hidden', [1, 7, 7], 15, 5, ['<5', '<5', 7], 15],
    ['total below k: everything is hidden', [1, 2], 3, 5, ['<5', '<5'], '<5'],
    ['total below k even when a part looks large', [4], 4, 5, ['<5'], '<5'],
    ['k below the minimum is raised to 3', [2, 4, 4], 10, 1, ['<3', '<3', 4], 10],
    ['two parts, one small: both hidden, total shown', [1, 9], 10, 5, ['<5', '<5'], 10],
    ['nothing shown left to hide: the total goes', [2], 10, 5, ['<5'], '<5'],
    ['no parts at all', [], 8, 5, [], 8],
  ])('%s', (_description, parts, total, k, expectedParts, expectedTotal) => {
    const result = suppressSet(parts, total, k);
    expect(result.parts.map(show)).toEqual(expectedParts);
    expect(show(result.total)).toBe(expectedTotal);
  });

  it('never lets a hidden part be derived from the total and the shown parts', () => {
    const parts = [1, 4, 6, 6, 20];
    const total = parts.reduce((sum, part) => sum + part, 0);
    const result = suppressSet(parts, total, 5);
    const shownSum = result.parts.reduce((sum, cell) => (cell.kind === 'VALUE' ? sum + cell.value : sum), 0);
    expect(result.parts.filter((cell) => cell.kind === 'SUPPRESSED').length).not.toBe(1);
    expect(total - shownSum).toBeGreaterThanOrEqual(5);
  });

  it('rejects a negative part', () => {
    expect(() => suppressSet([3, -1], 2, 5)).toThrow(RangeError);
  });
});
