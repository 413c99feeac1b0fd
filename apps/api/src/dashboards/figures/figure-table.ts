import type { Figure } from '../models/figures.model';

/** A figure before anyone decided whether it may be shown: what it says, and how many distinct people it is about. */
export interface Tally {
  /** A count, or a measure (null when there is nothing to measure, e.g. a median of no debriefs). */
  readonly value: number | null;
  readonly people: number;
}

/** A total and the parts that add up to it: a hidden part must not be recoverable from the others. */
export interface FigureSum {
  total: Tally;
  parts: readonly Tally[];
}

/**
 * Every figure of one dashboard answer, with the sums that tie them together, so that a rule that
 * hides figures (the org dashboard's complementary suppression) sees the whole table at once, not
 * one cell at a time. A dashboard first tallies into the table, then discloses it, then builds its
 * answer from what the disclosure returns.
 */
export class FigureTable {
  private readonly all: Tally[] = [];
  private readonly allSums: FigureSum[] = [];
  private readonly measures = new Set<Tally>();

  /** A count of things (people, interviews, debriefs …) about `people` distinct people. */
  count(value: number, people: number): Tally {
    if (!Number.isInteger(value) || value < 0) throw new RangeError(`a count must be a whole number ≥ 0, got ${value}`);
    return this.add({ value, people });
  }

  /** A share, median or average over `people` distinct people; null when there is nothing to measure. */
  measure(value: number | null, people: number): Tally {
    if (value !== null && !Number.isFinite(value)) throw new RangeError(`a measure must be a finite number, got ${value}`);
    const tally = this.add({ value, people });
    this.measures.add(tally);
    return tally;
  }

  /** Says that `parts` add up to `total`. */
  sum(total: Tally, parts: readonly Tally[]): void {
    this.allSums.push({ total, parts });
  }

  get tallies(): readonly Tally[] {
    return this.all;
  }

  get sums(): readonly FigureSum[] {
    return this.allSums;
  }

  /** Whether a tally is a measure: not a count, so in no sum and no table of counts. */
  isMeasure(tally: Tally): boolean {
    return this.measures.has(tally);
  }

  private add(tally: Tally): Tally {
    if (!Number.isInteger(tally.people) || tally.people < 0) throw new RangeError(`people must be a whole number ≥ 0, got ${tally.people}`);
    this.all.push(tally);
    return tally;
  }
}

/** What a disclosure decided for each tally of a table. */
export interface DisclosedFigures {
  /** A count as shown or hidden. */
  count(tally: Tally): Figure;
  /** A measure as shown or hidden; null when there was nothing to measure and nothing is hidden. */
  measure(tally: Tally): Figure | null;
}

/**
 * The seam between a dashboard's figures and the anonymity rule that applies to its viewer. The
 * team dashboard, over a manager's own reports, shows everything (`everyFigureShown`); a view over
 * a subtree plugs in the complementary-suppression rule of libs/domain (`underAnonymityThreshold`).
 */
export interface Disclosure {
  disclose(table: FigureTable): DisclosedFigures;
}

/**
 * A manager over their own direct reports: each figure counts records they may open one by one, so
 * nothing is hidden.
 */
export const everyFigureShown: Disclosure = {
  disclose: (table) => {
    const known = new Set(table.tallies);
    const check = (tally: Tally) => {
      // A tally from another table was never seen by this disclosure: refuse rather than show it unchecked.
      if (!known.has(tally)) throw new Error('a tally of another figure table');
      return tally;
    };
    return {
      count: (tally) => ({ kind: 'VALUE', value: check(tally).value ?? 0 }),
      measure: (tally) => (check(tally).value === null ? null : { kind: 'VALUE', value: tally.value! }),
    };
  },
};
