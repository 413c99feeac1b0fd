import { suppressTable, type SumRelation, type TableCell } from '@onward/domain';
import type { Figure } from '../models/figures.model';
import type { DisclosedFigures, Disclosure, FigureTable, Tally } from './figure-table';

/**
 * Figures over people the viewer may not open one by one (a leader's subtree, an admin's whole
 * organization), by the org dashboard's rule, `suppressTable` of libs/domain: a count about fewer
 * than k different people is Suppressed, zero included, and so is whatever would let one be worked
 * out from the sums the table declares (a company from the total minus the others). A count of
 * debriefs is held to the people they are about: nine debriefs with two people are two people.
 *
 * A measure (an average rating) is in no sum: it is shown when it is over at least k people, and
 * Suppressed otherwise even when there is nothing to measure, since "nobody rated" is a count of zero.
 */
export function underAnonymityThreshold(k: number): Disclosure {
  return {
    disclose: (table: FigureTable): DisclosedFigures => {
      const ids = new Map<Tally, string>();
      const cells: TableCell[] = [];
      table.tallies.forEach((tally, i) => {
        if (table.isMeasure(tally)) return;
        const id = `f${i}`;
        ids.set(tally, id);
        cells.push({ id, value: tally.value ?? 0, people: tally.people });
      });
      const idOf = (tally: Tally): string => {
        const id = ids.get(tally);
        if (id === undefined) throw new Error('a count the table does not hold');
        return id;
      };
      const relations: SumRelation[] = table.sums.map((sum) => ({ total: idOf(sum.total), parts: sum.parts.map(idOf) }));
      const { threshold, cells: shown } = suppressTable({ cells, relations }, k);
      const measures = new Set(table.tallies.filter((tally) => table.isMeasure(tally)));
      return {
        count: (tally) => shown.get(idOf(tally)) as Figure,
        measure: (tally) => {
          // A tally from another table was never seen by this disclosure: refuse rather than show it unchecked.
          if (!measures.has(tally)) throw new Error('a measure the table does not hold');
          if (tally.people < threshold) return { kind: 'SUPPRESSED', threshold };
          return tally.value === null ? null : { kind: 'VALUE', value: tally.value };
        },
      };
    },
  };
}
