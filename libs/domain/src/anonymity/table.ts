/**
 * A table of counts of people and the sums that tie its cells together, as `suppressTable` reads it.
 *
 * Declare every sum that holds for any data, and only those. A sum that holds but is left out lets a
 * hidden cell be worked out in a way the rule never looks at; a sum that does not hold is refused
 * (`compileTable` checks each one against the values), which is what catches declaring one that holds
 * only for some measures:
 *
 * - Teams: a team's count is the sum of the teams under it plus its own direct members, when each
 *   person counts in exactly one team for the figure (the team they are in now).
 * - Quarters: the total over the period is the sum of the quarters only when each person counts in at
 *   most one quarter (people who joined in a quarter; a debrief's first quarter). A count of distinct
 *   people over the period ("people who shared a role") is not: someone active in two quarters counts
 *   once in the total. Declare no quarter sum for it; the total is then a separate figure.
 * - A second grouping of the same people (level bands) shares the total with the teams: declare
 *   `total = Σ bands` beside `total = Σ teams`.
 * - Figures of different measures are tied only by a sum that holds ("debriefs held + pending = all").
 *   Inequalities (a period's distinct count is at least each quarter's and at most their sum) are not
 *   sums and are not used.
 */
import { anonymityThreshold } from './suppress';

/**
 * - `DISPLAYED`: a figure on the dashboard, shown when it is safe.
 * - `KNOWN`: a figure the viewer has already (a leader sees each direct report on their team dashboard,
 *   so the count over their own direct reports is theirs): never hidden, never returned, and treated as
 *   known when deciding what could be worked out.
 * - `INTERNAL`: a term of a sum the dashboard never shows (a leader's direct reports who lead no team
 *   of their own, inside the leader's figure): unknown to the viewer, and protected like a hidden cell
 *   when it counts fewer than k people.
 */
export type CellVisibility = 'DISPLAYED' | 'KNOWN' | 'INTERNAL';

export interface TableCell {
  id: string;
  /** People counted: a whole number ≥ 0. */
  value: number;
  /**
   * For a cell that counts things about people (debriefs) rather than people: the distinct people
   * they are about, at most `value`. The threshold reads this; sums read `value`. `value` when left out.
   */
  people?: number;
  /** `DISPLAYED` when left out. */
  visibility?: CellVisibility;
}

/** `total` = the sum of `parts`, for any data. */
export interface SumRelation {
  total: string;
  parts: readonly string[];
}

export interface SuppressionTableInput {
  cells: readonly TableCell[];
  relations: readonly SumRelation[];
}

/** The table by index: cell i is `ids[i]`; a relation is its total's index and its parts' indexes. */
export interface CompiledTable {
  threshold: number;
  ids: readonly string[];
  values: readonly number[];
  /** Distinct people per cell: what the threshold is compared with. */
  people: readonly number[];
  visibility: readonly CellVisibility[];
  relations: readonly { total: number; parts: readonly number[] }[];
}

export function compileTable(table: SuppressionTableInput, k: number): CompiledTable {
  const indexOf = new Map<string, number>();
  const ids: string[] = [];
  const values: number[] = [];
  const people: number[] = [];
  const visibility: CellVisibility[] = [];
  for (const cell of table.cells) {
    if (typeof cell.id !== 'string' || cell.id === '') throw new RangeError('a cell needs an id');
    if (indexOf.has(cell.id)) throw new RangeError(`cell "${cell.id}" is listed twice`);
    if (!Number.isInteger(cell.value) || cell.value < 0) {
      throw new RangeError(`cell "${cell.id}" must count whole people ≥ 0, got ${cell.value}`);
    }
    const about = cell.people ?? cell.value;
    if (!Number.isInteger(about) || about < 0 || about > cell.value) {
      throw new RangeError(`cell "${cell.id}" must be about whole people from 0 to its value ${cell.value}, got ${about}`);
    }
    const seen = cell.visibility ?? 'DISPLAYED';
    if (seen !== 'DISPLAYED' && seen !== 'KNOWN' && seen !== 'INTERNAL') {
      throw new RangeError(`cell "${cell.id}" has an unknown visibility ${String(seen)}`);
    }
    indexOf.set(cell.id, ids.length);
    ids.push(cell.id);
    values.push(cell.value);
    people.push(about);
    visibility.push(seen);
  }

  const cellIndex = (id: string, relation: number): number => {
    const index = indexOf.get(id);
    if (index === undefined) throw new RangeError(`relation ${relation} names no cell "${id}"`);
    return index;
  };

  const relations = table.relations.map((relation, number) => {
    const total = cellIndex(relation.total, number);
    const parts = relation.parts.map((id) => cellIndex(id, number));
    if (parts.length === 0) throw new RangeError(`relation ${number} ("${relation.total}") has no parts`);
    if (new Set([total, ...parts]).size !== parts.length + 1) {
      throw new RangeError(`relation ${number} ("${relation.total}") names a cell twice`);
    }
    const sum = parts.reduce((acc, part) => acc + values[part], 0);
    if (sum !== values[total]) {
      throw new RangeError(
        `relation ${number} does not hold: "${relation.total}" is ${values[total]}, its parts add up to ${sum} ` +
          '(a count of distinct people over a period is not the sum of its quarters)',
      );
    }
    return { total, parts };
  });

  return { threshold: anonymityThreshold(k), ids, values, people, visibility, relations };
}
