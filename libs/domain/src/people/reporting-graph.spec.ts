import { findReportingCycles } from './reporting-graph';

const graph = (edges: Record<string, string | null>) => new Map(Object.entries(edges));

describe('findReportingCycles', () => {
  it.each([
    ['a tree', { ceo: null, a: 'ceo', b: 'ceo', c: 'a' }, []],
    ['nobody with a manager', { a: null, b: null }, []],
    ['two people managing each other', { a: 'b', b: 'a' }, [['a', 'b']]],
    ['a loop of three with a tail into it', { a: 'b', b: 'c', c: 'a', d: 'a' }, [['a', 'b', 'c']]],
    ['a manager outside the map', { a: 'ghost' }, []],
    ['two separate loops', { a: 'b', b: 'a', c: 'd', d: 'c', e: null }, [['a', 'b'], ['c', 'd']]],
  ])('%s', (_, edges, expected) => {
    expect(findReportingCycles(graph(edges as Record<string, string | null>))).toEqual(expected);
  });
});
