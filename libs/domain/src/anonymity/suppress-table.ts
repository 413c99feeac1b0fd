import { HiddenCellSystem } from './hidden-cell-system';
import { protectingCells } from './protecting-cells';
import type { SuppressedCount } from './suppress';
import { compileTable, type CompiledTable, type SuppressionTableInput } from './table';

export interface SuppressedTable {
  /** The threshold applied (`anonymityThreshold(k)`). */
  threshold: number;
  /** Every `DISPLAYED` cell by id, shown or suppressed; `KNOWN` and `INTERNAL` cells are not returned. */
  cells: ReadonlyMap<string, SuppressedCount>;
}

/**
 * Decides which figures of a table of counts of people may be shown.
 *
 * 1. **Fewer than k.** A displayed cell under k people (zero included) is hidden; a cell counting
 *    things (debriefs) is under k when the distinct people they are about (`people`) are. `INTERNAL` cells are
 *    unknown to the viewer from the start.
 * 2. **Nothing hidden can be worked out.** While a hidden cell (any hidden displayed cell, and an
 *    `INTERNAL` cell under k) equals some linear combination of the declared sums in shown and `KNOWN`
 *    cells only (team minus its teams, total minus quarters, total minus the other grouping, or any
 *    chain of those), more shown cells are hidden. For the smallest such cell: the cheaper (fewer
 *    people hidden) of the smallest one shown cell that protects it at once, and a group of shown
 *    cells grown from the equation that gives it away, smallest first, until it is protected
 *    (`protectingCells`; on a grid of teams by quarters, the rectangle through it). Ties go to the
 *    cell that totals fewer sums (a part before its total), then to the earlier listed.
 * 3. **No small leftover.** In a sum whose total is known, the hidden and internal parts add up to
 *    total − shown parts, a figure anyone can compute. When that is under k (one person hidden beside
 *    a zero; two zeros, which reveals both), the smallest shown part is hidden too, or the total when
 *    no part is left. Counts are never negative, so such a leftover would bound every cell in it.
 *    This is checked per declared sum, not over combinations of sums.
 *    Steps 2 and 3 repeat until neither hides anything.
 *
 * A hidden figure that only `KNOWN` cells (or the structure alone) give is left as it is: the viewer
 * has it without the dashboard. Suppressed cells do not say why they are hidden: telling a cell hidden
 * to protect another from one under k would say it holds at least k people.
 *
 * Cost: one integer Gauss–Jordan elimination, done incrementally as cells are hidden (each hidden cell
 * subtracts its pivot row from the other rows holding it), plus, per extra suppression, a scan of the
 * rows of the cells still derivable and a search grown from one row. For n cells, m sums and h hidden
 * cells the worst case is O(h·m·n) entry updates; tables shaped like a team tree by quarters keep
 * their rows near their declared size. 200 teams by 8 quarters and a total with four level bands
 * (2,718 cells, 711 to 1,013 sums): 2 to 16 ms at the median, 25 ms at most, for k of 3, 5 and 10
 * (`node -r esbuild-register libs/domain/src/anonymity/testing/suppress-table.bench.ts`).
 */
export function suppressTable(table: SuppressionTableInput, k: number): SuppressedTable {
  const compiled = compileTable(table, k);
  const hidden = chooseHiddenCells(compiled);
  const suppressed: SuppressedCount = { kind: 'SUPPRESSED', threshold: compiled.threshold };
  const cells = new Map<string, SuppressedCount>();
  compiled.ids.forEach((id, cell) => {
    if (compiled.visibility[cell] !== 'DISPLAYED') return;
    cells.set(id, hidden[cell] ? suppressed : { kind: 'VALUE', value: compiled.values[cell] });
  });
  return { threshold: compiled.threshold, cells };
}

/** Which cells end up hidden, by index (INTERNAL ones included). */
function chooseHiddenCells(table: CompiledTable): boolean[] {
  const { values, people, visibility, threshold } = table;
  const system = new HiddenCellSystem(values.length, table.relations);
  const needsProtection = (cell: number): boolean =>
    visibility[cell] === 'DISPLAYED' || (visibility[cell] === 'INTERNAL' && people[cell] < threshold);
  const hideable = (cell: number): boolean => visibility[cell] === 'DISPLAYED' && !system.isHidden(cell);
  // The order every extra suppression follows: the smallest, then the one that totals fewer sums (a
  // part before its total, which says more), then the earlier listed.
  const totals = new Uint32Array(values.length);
  for (const { total } of table.relations) totals[total] += 1;
  const smaller = (a: number, b: number): boolean =>
    values[a] !== values[b] ? values[a] < values[b] : totals[a] !== totals[b] ? totals[a] < totals[b] : a < b;

  let pending: number[] = [];
  const hide = (cell: number): void => {
    system.hide(cell);
    if (needsProtection(cell)) pending.push(cell);
  };
  values.forEach((value, cell) => {
    if (visibility[cell] === 'INTERNAL' || (visibility[cell] === 'DISPLAYED' && (value < threshold || people[cell] < threshold))) hide(cell);
  });

  const protectDerivableCells = (): void => {
    for (;;) {
      // A cell found protected stays protected (hiding more only adds unknowns), so it is checked no more.
      // One given by KNOWN cells alone stays given whatever else is hidden, and is dropped too.
      pending = pending.filter((cell) => system.isDetermined(cell) && system.shownTermsOf(cell).some(hideable));
      if (pending.length === 0) return;
      const cell = pending.reduce((best, next) => (smaller(next, best) ? next : best));
      for (const extra of extraSuppression(cell)) hide(extra);
    }
  };

  // The cheaper (fewer people hidden, then fewer cells) of: the smallest one cell that protects it at
  // once, and the group grown from its equation. With neither, the smallest cell it is worked out from.
  const extraSuppression = (cell: number): number[] => {
    const terms = system.shownTermsOf(cell).filter(hideable);
    const single = terms.filter((term) => system.wouldBeFree(term)).reduce((best, next) => (best === -1 || smaller(next, best) ? next : best), -1);
    const group = protectingCells(system, cell, hideable, smaller);
    const cost = (cells: readonly number[]): number => cells.reduce((sum, each) => sum + values[each], 0);
    if (group === null) return [single !== -1 ? single : terms.reduce((best, next) => (smaller(next, best) ? next : best))];
    if (single !== -1 && (cost([single]) <= cost(group))) return [single];
    return group.sort((a, b) => a - b);
  };

  for (;;) {
    protectDerivableCells();
    const next = smallLeftover(table, system, hideable, smaller);
    if (next === -1) break;
    hide(next);
  }
  return values.map((_, cell) => system.isHidden(cell));
}

/** The cell to hide for the first sum whose known leftover is under k, or −1. */
function smallLeftover(
  table: CompiledTable,
  system: HiddenCellSystem,
  hideable: (cell: number) => boolean,
  smaller: (a: number, b: number) => boolean,
): number {
  for (const { total, parts } of table.relations) {
    if (system.isHidden(total)) continue;
    let leftover = 0;
    // Parts may share people (a person with debriefs of two stretch tags): their sum is all the table knows of the leftover's people.
    let leftoverPeople = 0;
    let unknownParts = 0;
    let smallestShown = -1;
    for (const part of parts) {
      if (system.isHidden(part)) {
        leftover += table.values[part];
        leftoverPeople += table.people[part];
        unknownParts += 1;
      } else if (hideable(part) && (smallestShown === -1 || smaller(part, smallestShown))) {
        smallestShown = part;
      }
    }
    if (unknownParts === 0 || (leftover >= table.threshold && leftoverPeople >= table.threshold)) continue;
    if (smallestShown !== -1) return smallestShown;
    if (hideable(total)) return total;
    // Total and the other parts are all KNOWN: the viewer has the leftover without the dashboard.
  }
  return -1;
}
