/**
 * The table's sums as linear equations over its cells (total − Σ parts = 0), kept in reduced row echelon
 * form whose pivots are hidden cells only: Gauss–Jordan elimination over the integers, exact in BigInt,
 * with each row divided by the gcd of its entries after a scaling step so that entries stay small.
 *
 * Invariants, after every `hide`:
 * - each hidden cell is either the pivot of exactly one row (and appears in no other row), or free
 *   (it appears only in pivot rows);
 * - a row that is not a pivot row holds shown cells only.
 *
 * What that gives: a hidden cell can be worked out from the shown ones (some combination of the sums
 * expresses it in shown cells only; e_x lies in the row space of the hidden cells' columns) exactly when
 * it is a pivot and its row holds no other hidden cell. The row then is that combination. A free hidden
 * cell, or a pivot whose row holds another hidden cell, can take other values with every shown cell
 * unchanged, so no combination gives it.
 *
 * Hiding a cell never makes another hidden cell derivable again (the solutions that move a hidden cell
 * while the shown ones stay put remain solutions when fewer cells are shown), so a cell found protected
 * stays protected.
 */
export class HiddenCellSystem {
  private readonly rows: Map<number, bigint>[];
  private readonly rowsOfCell: Set<number>[];
  private readonly pivots: Int32Array;
  private readonly pivotCellOf: Int32Array;
  private readonly hidden: Uint8Array;

  constructor(cellCount: number, relations: readonly { total: number; parts: readonly number[] }[]) {
    this.rowsOfCell = Array.from({ length: cellCount }, () => new Set<number>());
    this.rows = relations.map((relation, row) => {
      const entries = new Map<number, bigint>([[relation.total, 1n]]);
      for (const part of relation.parts) entries.set(part, -1n);
      for (const cell of entries.keys()) this.rowsOfCell[cell].add(row);
      return entries;
    });
    this.pivots = new Int32Array(cellCount).fill(-1);
    this.pivotCellOf = new Int32Array(relations.length).fill(-1);
    this.hidden = new Uint8Array(cellCount);
  }

  isHidden(cell: number): boolean {
    return this.hidden[cell] === 1;
  }

  /** Moves `cell` from the shown cells to the unknowns. */
  hide(cell: number): void {
    if (this.hidden[cell] === 1) return;
    this.hidden[cell] = 1;
    // The sparsest free row becomes the cell's pivot row: the fewer entries it has, the less fill-in
    // when it is subtracted from the other rows holding the cell.
    let pivotRow = -1;
    for (const row of this.rowsOfCell[cell]) {
      if (this.pivotCellOf[row] !== -1) continue;
      if (pivotRow === -1 || this.rows[row].size < this.rows[pivotRow].size || (this.rows[row].size === this.rows[pivotRow].size && row < pivotRow)) {
        pivotRow = row;
      }
    }
    // In pivot rows only: the cell is free, its column a combination of hidden columns.
    if (pivotRow === -1) return;
    this.pivotCellOf[pivotRow] = cell;
    this.pivots[cell] = pivotRow;
    for (const row of [...this.rowsOfCell[cell]]) if (row !== pivotRow) this.eliminate(row, pivotRow, cell);
  }

  /** Some combination of the sums gives the hidden `cell` from shown cells (and nothing else). */
  isDetermined(cell: number): boolean {
    const row = this.pivots[cell];
    if (row === -1 || this.hidden[cell] === 0) return false;
    for (const other of this.rows[row].keys()) if (other !== cell && this.hidden[other] === 1) return false;
    return true;
  }

  /** The row `cell` is the pivot of, or −1 (shown, or free). */
  pivotRowOf(cell: number): number {
    return this.pivots[cell];
  }

  isPivotRow(row: number): boolean {
    return this.pivotCellOf[row] !== -1;
  }

  /** The row's cells and their coefficients (read-only: the system owns them). */
  entries(row: number): ReadonlyMap<number, bigint> {
    return this.rows[row];
  }

  /** The rows that hold `cell` (read-only). */
  rowsHolding(cell: number): ReadonlySet<number> {
    return this.rowsOfCell[cell];
  }

  /** The shown cells a determined `cell` is worked out from (its row's other cells). */
  shownTermsOf(cell: number): number[] {
    const row = this.pivots[cell];
    if (row === -1) return [];
    return [...this.rows[row].keys()].filter((other) => other !== cell && this.hidden[other] === 0);
  }

  /**
   * Hiding the shown `cell` leaves it free (it sits in pivot rows only), and then it protects every
   * determined cell whose row holds it. Otherwise hiding it makes it a pivot of its own, determined,
   * and protects nothing by itself.
   */
  wouldBeFree(cell: number): boolean {
    for (const row of this.rowsOfCell[cell]) if (this.pivotCellOf[row] === -1) return false;
    return true;
  }

  /** into := (p / g)·into − (a / g)·from, where p and a are the rows' entries for `cell`: clears `cell` from `into`. */
  private eliminate(into: number, from: number, cell: number): void {
    const target = this.rows[into];
    const source = this.rows[from];
    const p = source.get(cell) as bigint;
    const a = target.get(cell) as bigint;
    const g = gcd(p, a);
    const scaleTarget = p / g;
    const scaleSource = a / g;
    if (scaleTarget !== 1n) for (const [other, value] of target) target.set(other, value * scaleTarget);
    for (const [other, value] of source) {
      const next = (target.get(other) ?? 0n) - scaleSource * value;
      if (next === 0n) {
        if (target.delete(other)) this.rowsOfCell[other].delete(into);
      } else {
        if (!target.has(other)) this.rowsOfCell[other].add(into);
        target.set(other, next);
      }
    }
    if (scaleTarget !== 1n && scaleTarget !== -1n) divideByContent(target);
  }
}

export function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

function divideByContent(row: Map<number, bigint>): void {
  let content = 0n;
  for (const value of row.values()) {
    content = gcd(content, value);
    if (content === 1n) return;
  }
  if (content > 1n) for (const [cell, value] of row) row.set(cell, value / content);
}
