import fc from 'fast-check';
import { suppressSet, type SuppressedCount } from './suppress';
import { suppressTable } from './suppress-table';
import type { CellVisibility, SuppressionTableInput } from './table';
import { findDisclosures } from './verify/disclosures';

/** `{ P: 29, A: 2 }` and `['P = A + B']`: cells in the order given, sums as written. */
function table(values: Record<string, number>, sums: string[], seen: Record<string, CellVisibility> = {}): SuppressionTableInput {
  return {
    cells: Object.entries(values).map(([id, value]) => ({ id, value, ...(seen[id] ? { visibility: seen[id] } : {}) })),
    relations: sums.map((sum) => {
      const [total, parts] = sum.split('=');
      return { total: total.trim(), parts: parts.split('+').map((part) => part.trim()) };
    }),
  };
}

/** What a viewer gets, compactly: the number, or '<k'. */
function shown(input: SuppressionTableInput, k = 5): Record<string, number | string> {
  const result = suppressTable(input, k);
  expect(findDisclosures(input, result.cells, result.threshold)).toEqual([]);
  return Object.fromEntries([...result.cells].map(([id, cell]) => [id, cell.kind === 'VALUE' ? cell.value : `<${cell.threshold}`]));
}

describe('suppressTable', () => {
  it.each<[string, SuppressionTableInput, number, Record<string, number | string>]>([
    ['everything at least k: all shown', table({ P: 30, A: 10, B: 20 }, ['P = A + B']), 5, { P: 30, A: 10, B: 20 }],
    ['parent minus a team: the next-smallest team is hidden too', table({ P: 29, A: 2, B: 7, C: 20 }, ['P = A + B + C']), 5, { P: 29, A: '<5', B: '<5', C: 20 }],
    [
      'a quarter from the total, when the total is their sum',
      table({ T: 22, q1: 1, q2: 6, q3: 7, q4: 8 }, ['T = q1 + q2 + q3 + q4']),
      5,
      { T: 22, q1: '<5', q2: '<5', q3: 7, q4: 8 },
    ],
    [
      'distinct people over the period: no quarter sum, so the total gives nothing away',
      table({ T: 15, q1: 1, q2: 6, q3: 7, q4: 8 }, []),
      5,
      { T: 15, q1: '<5', q2: 6, q3: 7, q4: 8 },
    ],
    [
      'a team from the total through a level: the total goes rather than two teams',
      table({ Org: 25, T1: 3, T2: 22, a: 1, b: 2, c: 10, d: 12 }, ['Org = T1 + T2', 'T1 = a + b', 'T2 = c + d']),
      5,
      { Org: '<5', T1: '<5', T2: 22, a: '<5', b: '<5', c: 10, d: 12 },
    ],
    [
      'a small team below a large one',
      table({ Org: 40, T1: 12, T2: 28, a: 6, b: 6, c: 3, d: 25 }, ['Org = T1 + T2', 'T1 = a + b', 'T2 = c + d']),
      5,
      { Org: 40, T1: 12, T2: 28, a: 6, b: 6, c: '<5', d: '<5' },
    ],
    [
      'two groupings sharing the total: the teams protect themselves, the bands stay',
      table({ T: 20, A: 3, B: 17, X: 6, Y: 6, Z: 8 }, ['T = A + B', 'T = X + Y + Z']),
      5,
      { T: 20, A: '<5', B: '<5', X: 6, Y: 6, Z: 8 },
    ],
    [
      'teams by bands with their margins: a rectangle of four cells',
      table({ AX: 2, AY: 8, A: 10, BX: 7, BY: 10, B: 17, X: 9, Y: 18, T: 27 }, ['A = AX + AY', 'B = BX + BY', 'X = AX + BX', 'Y = AY + BY', 'T = A + B', 'T = X + Y']),
      5,
      { AX: '<5', AY: '<5', A: 10, BX: '<5', BY: '<5', B: 17, X: 9, Y: 18, T: 27 },
    ],
    [
      'three by three with margins: the cheapest rectangle through the small cell',
      table(
        { AX: 2, AY: 8, AZ: 9, A: 19, BX: 7, BY: 10, BZ: 12, B: 29, CX: 6, CY: 11, CZ: 15, C: 32, X: 15, Y: 29, Z: 36, T: 80 },
        ['A = AX + AY + AZ', 'B = BX + BY + BZ', 'C = CX + CY + CZ', 'X = AX + BX + CX', 'Y = AY + BY + CY', 'Z = AZ + BZ + CZ', 'T = A + B + C', 'T = X + Y + Z'],
      ),
      5,
      { AX: '<5', AY: '<5', AZ: 9, A: 19, BX: '<5', BY: '<5', BZ: 12, B: 29, CX: 6, CY: 11, CZ: 15, C: 32, X: 15, Y: 29, Z: 36, T: 80 },
    ],
    ['all small: everything hidden', table({ P: 3, A: 1, B: 2 }, ['P = A + B']), 5, { P: '<5', A: '<5', B: '<5' }],
    ['a zero is hidden like any small count', table({ P: 20, A: 0, B: 8, C: 12 }, ['P = A + B + C']), 5, { P: 20, A: '<5', B: '<5', C: 12 }],
    [
      'two hidden cells whose sum is known to be 1: the third goes too',
      table({ P: 11, A: 0, B: 1, C: 10 }, ['P = A + B + C']),
      5,
      { P: 11, A: '<5', B: '<5', C: '<5' },
    ],
    ['equal candidates: the earlier listed is hidden', table({ P: 15, A: 1, B: 7, C: 7 }, ['P = A + B + C']), 5, { P: 15, A: '<5', B: '<5', C: 7 }],
    ['k below the minimum applies as 3', table({ P: 11, A: 2, B: 4, C: 5 }, ['P = A + B + C']), 1, { P: 11, A: '<3', B: '<3', C: 5 }],
    ['k that is not a number applies as 5', table({ P: 11, A: 4, B: 7 }, ['P = A + B']), Number.NaN, { P: 11, A: '<5', B: '<5' }],
    ['k is rounded up', table({ P: 11, A: 5, B: 6 }, ['P = A + B']), 4.2, { P: 11, A: 5, B: 6 }],
    [
      'direct members as a term never shown: worked out below k, so a team is hidden',
      table({ L: 20, A: 10, B: 8, D: 2 }, ['L = A + B + D'], { D: 'INTERNAL' }),
      5,
      { L: 20, A: 10, B: '<5' },
    ],
    [
      'direct members of k or more may be worked out',
      table({ L: 20, A: 5, B: 8, D: 7 }, ['L = A + B + D'], { D: 'INTERNAL' }),
      5,
      { L: 20, A: 5, B: 8 },
    ],
    [
      'an unknown term protects a small team',
      table({ L: 20, A: 3, B: 15, D: 2 }, ['L = A + B + D'], { D: 'INTERNAL' }),
      5,
      { L: 20, A: '<5', B: 15 },
    ],
    [
      'direct members the viewer knows protect nothing',
      table({ L: 20, A: 3, B: 15, D: 2 }, ['L = A + B + D'], { D: 'KNOWN' }),
      5,
      { L: 20, A: '<5', B: '<5' },
    ],
    [
      'a figure the viewer works out from what they know already stays hidden, nothing else moves',
      table({ X: 2, K1: 1, K2: 1 }, ['X = K1 + K2'], { K1: 'KNOWN', K2: 'KNOWN' }),
      5,
      { X: '<5' },
    ],
    [
      'an internal figure under k worked out through a chain of sums',
      table(
        { W: 8, I1: 3, I3: 5, V: 10, Q: 5, X: 6, I2: 3, S: 11, Y: 5 },
        ['X = I1 + I2', 'S = X + Y', 'W = I1 + I3', 'V = I3 + Q'],
        { I1: 'INTERNAL', I2: 'INTERNAL', I3: 'INTERNAL', X: 'INTERNAL' },
      ),
      5,
      { W: 8, V: 10, Q: '<5', S: 11, Y: 5 },
    ],
  ])('%s', (_description, input, k, expected) => {
    expect(shown(input, k)).toEqual(expected);
  });

  it('gives a hidden cell as a typed suppressed value with the threshold, never the number or null', () => {
    const result = suppressTable(table({ P: 29, A: 2, B: 7, C: 20 }, ['P = A + B + C']), 6);
    expect(result.threshold).toBe(6);
    expect(result.cells.get('A')).toStrictEqual<SuppressedCount>({ kind: 'SUPPRESSED', threshold: 6 });
    expect(result.cells.get('C')).toStrictEqual<SuppressedCount>({ kind: 'VALUE', value: 20 });
  });

  it('returns displayed cells only', () => {
    const result = suppressTable(table({ L: 20, A: 10, B: 8, D: 2 }, ['L = A + B + D'], { D: 'INTERNAL' }), 5);
    expect([...result.cells.keys()]).toEqual(['L', 'A', 'B']);
  });

  it('gives the same answer for the same table', () => {
    const input = table({ Org: 25, T1: 3, T2: 22, a: 1, b: 2, c: 10, d: 12 }, ['Org = T1 + T2', 'T1 = a + b', 'T2 = c + d']);
    expect(suppressTable(input, 5)).toEqual(suppressTable(input, 5));
  });

  it.each<[string, SuppressionTableInput, RegExp]>([
    ['a sum that does not hold (distinct people declared additive)', table({ T: 15, q1: 8, q2: 9 }, ['T = q1 + q2']), /does not hold/],
    ['a sum naming no cell', table({ T: 15 }, ['T = q1']), /names no cell "q1"/],
    ['a cell listed twice', { cells: [{ id: 'A', value: 1 }, { id: 'A', value: 2 }], relations: [] }, /listed twice/],
    ['a cell twice in a sum', table({ T: 4, A: 2 }, ['T = A + A']), /names a cell twice/],
    ['a sum without parts', { cells: [{ id: 'T', value: 0 }], relations: [{ total: 'T', parts: [] }] }, /no parts/],
    ['a negative count', table({ A: -1 }, []), /whole people/],
    ['a fractional count', table({ A: 2.5 }, []), /whole people/],
    ['more people than things counted', { cells: [{ id: 'A', value: 2, people: 3 }], relations: [] }, /whole people from 0 to its value/],
    ['an unknown visibility', { cells: [{ id: 'A', value: 2, visibility: 'SECRET' as CellVisibility }], relations: [] }, /visibility/],
  ])('refuses %s', (_description, input, message) => {
    expect(() => suppressTable(input, 5)).toThrow(message);
  });

  describe('cells counting things about people (debriefs), read against the threshold by their people', () => {
    const debriefs = (cells: Record<string, [number, number]>, sums: string[]): SuppressionTableInput => ({
      ...table(Object.fromEntries(Object.entries(cells).map(([id, [value]]) => [id, value])), sums),
      cells: Object.entries(cells).map(([id, [value, people]]) => ({ id, value, people })),
    });

    it('hides many debriefs about few people, and protects them as any cell under k', () => {
      // Nine debriefs about two people: hidden, and B goes with it, or T − C would give it back.
      const input = debriefs({ T: [40, 12], A: [9, 2], B: [11, 5], C: [20, 6] }, ['T = A + B + C']);
      expect(shown(input)).toEqual({ T: 40, A: '<5', B: '<5', C: 20 });
    });

    it('a leftover about fewer than k people (as far as the table knows) is protected', () => {
      // A and B hidden add up to 12 debriefs, but about 2 + 2 people: C joins them.
      const input = debriefs({ T: [40, 12], A: [6, 2], B: [6, 2], C: [28, 8] }, ['T = A + B + C']);
      expect(shown(input)).toEqual({ T: 40, A: '<5', B: '<5', C: '<5' });
    });

    it('reads people as value when left out', () => {
      expect(shown(table({ P: 30, A: 10, B: 20 }, ['P = A + B']))).toEqual({ P: 30, A: 10, B: 20 });
    });
  });

  it('agrees with suppressSet on a single breakdown', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 12 }), { maxLength: 8 }), fc.integer({ min: 3, max: 10 }), (parts, k) => {
        const total = parts.reduce((sum, part) => sum + part, 0);
        const ids = parts.map((_, index) => `p${index}`);
        const input: SuppressionTableInput = {
          cells: [{ id: 'total', value: total }, ...parts.map((value, index) => ({ id: ids[index], value }))],
          relations: parts.length === 0 ? [] : [{ total: 'total', parts: ids }],
        };
        const result = suppressTable(input, k);
        const expected = suppressSet(parts, total, k);
        expect(ids.map((id) => result.cells.get(id))).toEqual(expected.parts);
        expect(result.cells.get('total')).toEqual(expected.total);
      }),
      { numRuns: 2_000 },
    );
  });
});
