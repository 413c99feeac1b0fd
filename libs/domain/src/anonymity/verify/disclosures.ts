import type { SuppressedCount } from '../suppress';
import type { SuppressionTableInput } from '../table';
import { derivableCells } from './derivable-cells';

export type DisclosureReason =
  /** A displayed cell is missing from what was shown, or not a count nor a suppressed value. */
  | 'MISSING'
  /** Shown with a number other than its value, or a suppressed value with another threshold. */
  | 'WRONG_FIGURE'
  /** Shown although it counts fewer than the threshold. */
  | 'SHOWN_BELOW_THRESHOLD'
  /** Hidden, yet a combination of the sums gives it from the figures shown. */
  | 'DERIVABLE'
  /** In a sum with a known total, the hidden parts add up to fewer than the threshold. */
  | 'SMALL_LEFTOVER';

export interface Disclosure {
  cell: string;
  reason: DisclosureReason;
}

/**
 * For tests, independent of `suppressTable`: what is wrong with `shown` (the figures a viewer gets, by
 * cell id) for `table` at `threshold`. Empty when nothing is. A hidden cell counts as derivable only
 * when the displayed figures are needed to work it out; one that `KNOWN` cells alone give is not the
 * dashboard's doing.
 */
export function findDisclosures(
  table: SuppressionTableInput,
  shown: ReadonlyMap<string, SuppressedCount>,
  threshold: number,
): Disclosure[] {
  const problems: Disclosure[] = [];
  const value = new Map(table.cells.map((cell) => [cell.id, cell.value]));
  // What the threshold is compared with: the people a cell is about (its value when it counts people).
  const people = new Map(table.cells.map((cell) => [cell.id, cell.people ?? cell.value]));
  const visibility = new Map(table.cells.map((cell) => [cell.id, cell.visibility ?? 'DISPLAYED']));
  const unknown: string[] = [];
  const displayedValues: string[] = [];

  for (const cell of table.cells) {
    const seen = visibility.get(cell.id);
    if (seen === 'INTERNAL') unknown.push(cell.id);
    if (seen !== 'DISPLAYED') continue;
    const figure = shown.get(cell.id);
    if (figure?.kind === 'VALUE') {
      displayedValues.push(cell.id);
      if (figure.value !== cell.value) problems.push({ cell: cell.id, reason: 'WRONG_FIGURE' });
      if ((people.get(cell.id) as number) < threshold) problems.push({ cell: cell.id, reason: 'SHOWN_BELOW_THRESHOLD' });
    } else if (figure?.kind === 'SUPPRESSED') {
      unknown.push(cell.id);
      if (figure.threshold !== threshold || 'value' in figure) problems.push({ cell: cell.id, reason: 'WRONG_FIGURE' });
    } else {
      problems.push({ cell: cell.id, reason: 'MISSING' });
    }
  }

  const protectedCells = new Set(
    unknown.filter((id) => visibility.get(id) === 'DISPLAYED' || (people.get(id) as number) < threshold),
  );
  const derivable = derivableCells(table.relations, unknown).filter((id) => protectedCells.has(id));
  if (derivable.length > 0) {
    // Known without the dashboard: still derivable when no displayed figure is given.
    const withoutDisplayed = new Set(derivableCells(table.relations, [...unknown, ...displayedValues]));
    for (const id of derivable) if (!withoutDisplayed.has(id)) problems.push({ cell: id, reason: 'DERIVABLE' });
  }

  const isUnknown = new Set(unknown);
  for (const { total, parts } of table.relations) {
    if (isUnknown.has(total)) continue;
    const hiddenParts = parts.filter((part) => isUnknown.has(part));
    if (hiddenParts.length === 0) continue;
    const leftover = hiddenParts.reduce((sum, part) => sum + (value.get(part) as number), 0);
    const leftoverPeople = hiddenParts.reduce((sum, part) => sum + (people.get(part) as number), 0);
    const givenByKnownCellsAlone = [total, ...parts].every((id) => isUnknown.has(id) || visibility.get(id) === 'KNOWN');
    if ((leftover < threshold || leftoverPeople < threshold) && !givenByKnownCellsAlone) problems.push({ cell: total, reason: 'SMALL_LEFTOVER' });
  }
  return problems;
}
