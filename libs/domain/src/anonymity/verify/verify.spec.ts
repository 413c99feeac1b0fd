import type { SuppressedCount } from '../suppress';
import type { SuppressionTableInput } from '../table';
import { derivableCells } from './derivable-cells';
import { findDisclosures } from './disclosures';

// The checker the property tests trust: it must find what a viewer could work out.
describe('derivableCells', () => {
  it.each<[string, { total: string; parts: string[] }[], string[], string[]]>([
    ['a part from its total and the other parts', [{ total: 'T', parts: ['a', 'b', 'c'] }], ['a'], ['a']],
    ['two unknown parts: neither', [{ total: 'T', parts: ['a', 'b', 'c'] }], ['a', 'b'], []],
    [
      'through two sums: a team from the total minus its sibling, whose own parts are shown',
      [
        { total: 'T', parts: ['A', 'B'] },
        { total: 'B', parts: ['b1', 'b2'] },
      ],
      ['A', 'B'],
      ['A', 'B'],
    ],
    [
      'a rectangle in a cross-table: none of its corners',
      [
        { total: 'A', parts: ['AX', 'AY'] },
        { total: 'B', parts: ['BX', 'BY'] },
        { total: 'X', parts: ['AX', 'BX'] },
        { total: 'Y', parts: ['AY', 'BY'] },
      ],
      ['AX', 'AY', 'BX', 'BY'],
      [],
    ],
    [
      'three corners of the rectangle: all three',
      [
        { total: 'A', parts: ['AX', 'AY'] },
        { total: 'B', parts: ['BX', 'BY'] },
        { total: 'X', parts: ['AX', 'BX'] },
        { total: 'Y', parts: ['AY', 'BY'] },
      ],
      ['AX', 'AY', 'BX'],
      ['AX', 'AY', 'BX'],
    ],
    [
      'a combination with a factor: 2a = T + V',
      [
        { total: 'T', parts: ['a', 'b'] },
        { total: 'a', parts: ['V', 'b'] },
      ],
      ['a', 'b'],
      ['a', 'b'],
    ],
    [
      'dependent sums give nothing more',
      [
        { total: 'T', parts: ['a', 'b'] },
        { total: 'U', parts: ['b', 'c'] },
        { total: 'c', parts: ['a', 'd'] },
      ],
      ['a', 'b', 'c'],
      [],
    ],
  ])('%s', (_description, sums, unknown, expected) => {
    expect(derivableCells(sums, unknown)).toEqual(expected);
  });
});

describe('findDisclosures', () => {
  const table: SuppressionTableInput = {
    cells: [
      { id: 'P', value: 20 },
      { id: 'A', value: 2 },
      { id: 'B', value: 8 },
      { id: 'C', value: 10 },
    ],
    relations: [{ total: 'P', parts: ['A', 'B', 'C'] }],
  };
  const hidden: SuppressedCount = { kind: 'SUPPRESSED', threshold: 5 };
  const value = (count: number): SuppressedCount => ({ kind: 'VALUE', value: count });

  it.each<[string, Record<string, SuppressedCount>, { cell: string; reason: string }[]]>([
    ['a safe answer', { P: value(20), A: hidden, B: hidden, C: value(10) }, []],
    ['a small figure shown', { P: value(20), A: value(2), B: value(8), C: value(10) }, [{ cell: 'A', reason: 'SHOWN_BELOW_THRESHOLD' }]],
    ['one hidden part', { P: value(20), A: hidden, B: value(8), C: value(10) }, [{ cell: 'A', reason: 'DERIVABLE' }, { cell: 'P', reason: 'SMALL_LEFTOVER' }]],
    ['a wrong number', { P: value(20), A: hidden, B: hidden, C: value(11) }, [{ cell: 'C', reason: 'WRONG_FIGURE' }]],
    ['a cell left out', { P: value(20), A: hidden, B: hidden }, [{ cell: 'C', reason: 'MISSING' }]],
    ['the number beside the suppressed kind', { P: value(20), A: { ...hidden, value: 2 } as SuppressedCount, B: hidden, C: value(10) }, [{ cell: 'A', reason: 'WRONG_FIGURE' }]],
  ])('%s', (_description, shown, expected) => {
    expect(findDisclosures(table, new Map(Object.entries(shown)), 5)).toEqual(expected);
  });
});
