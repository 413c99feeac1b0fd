import { gcd, type HiddenCellSystem } from './hidden-cell-system';

/** A vector over rows, with how it was made: `target`·e_(the derivable cell's row) + Σ `cells`[c]·q_c. */
interface Combination {
  vector: Map<number, bigint>;
  cells: Map<number, bigint>;
  target: bigint;
  pivot: number;
}

/**
 * A set of shown cells which, hidden as well, leaves the derivable hidden `cell` undeterminable, or
 * null when hiding every displayed cell would not (KNOWN cells alone give it).
 *
 * It works modulo the other hidden cells. After the system's Gauss–Jordan steps their columns span
 * exactly the pivot rows other than `cell`'s own row (r), so a shown cell c counts by its column
 * restricted to r and the rows that are nobody's pivot (q_c), and `cell` is protected once e_r lies in
 * the span of the chosen q's. The set grows like Prim's algorithm from r: next comes the smallest shown
 * cell in a row reached so far, skipped when its q adds nothing to the span. Once e_r is in the span,
 * the cells with a nonzero coefficient in the combination are the answer; with `cell` they form a
 * circuit (each is in the only combination of them that gives e_r), so each of them is protected too.
 * On a grid of teams by quarters this finds the rectangle of four cells whose other corners are small.
 */
export function protectingCells(
  system: HiddenCellSystem,
  cell: number,
  hideable: (cell: number) => boolean,
  smaller: (a: number, b: number) => boolean,
): number[] | null {
  const ownRow = system.pivotRowOf(cell);
  const inQuotient = (row: number): boolean => row === ownRow || !system.isPivotRow(row);
  const basis: Combination[] = [];
  const target: Combination = { vector: new Map([[ownRow, 1n]]), cells: new Map(), target: 1n, pivot: -1 };
  const reached = new Set<number>();
  const tried = new Set<number>();
  const frontier = new Set<number>();
  const reach = (row: number): void => {
    if (reached.has(row)) return;
    reached.add(row);
    for (const other of system.entries(row).keys()) if (hideable(other) && !tried.has(other)) frontier.add(other);
  };
  reach(ownRow);

  while (frontier.size > 0) {
    let next = -1;
    for (const candidate of frontier) if (next === -1 || smaller(candidate, next)) next = candidate;
    frontier.delete(next);
    tried.add(next);

    const column: Combination = { vector: new Map(), cells: new Map([[next, 1n]]), target: 0n, pivot: -1 };
    for (const row of system.rowsHolding(next)) {
      if (inQuotient(row)) column.vector.set(row, system.entries(row).get(next) as bigint);
    }
    const rows = [...column.vector.keys()];
    for (const vector of basis) reduce(column, vector);
    if (column.vector.size === 0) continue;
    column.pivot = Math.min(...column.vector.keys());
    basis.push(column);
    reduce(target, column);
    if (target.vector.size === 0) return [...target.cells].filter(([, coefficient]) => coefficient !== 0n).map(([id]) => id);
    rows.forEach(reach);
  }
  return null;
}

/** v := (p / g)·v − (a / g)·by, with p, a the entries at `by`'s pivot: clears that entry from v. */
function reduce(v: Combination, by: Combination): void {
  const a = v.vector.get(by.pivot);
  if (a === undefined) return;
  const p = by.vector.get(by.pivot) as bigint;
  const g = gcd(p, a);
  const scaleV = p / g;
  const scaleBy = a / g;
  combine(v.vector, scaleV, by.vector, scaleBy);
  combine(v.cells, scaleV, by.cells, scaleBy);
  v.target = v.target * scaleV - by.target * scaleBy;
  if (scaleV !== 1n && scaleV !== -1n) {
    let content = gcd(v.target, 0n);
    for (const value of [...v.vector.values(), ...v.cells.values()]) content = gcd(content, value);
    if (content > 1n) {
      for (const map of [v.vector, v.cells]) for (const [key, value] of map) map.set(key, value / content);
      v.target /= content;
    }
  }
}

function combine(into: Map<number, bigint>, scaleInto: bigint, from: ReadonlyMap<number, bigint>, scaleFrom: bigint): void {
  if (scaleInto !== 1n) for (const [key, value] of into) into.set(key, value * scaleInto);
  for (const [key, value] of from) {
    const next = (into.get(key) ?? 0n) - scaleFrom * value;
    if (next === 0n) into.delete(key);
    else into.set(key, next);
  }
}
