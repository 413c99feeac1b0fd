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
 * A leader who also manages a team sees that team's figures one by one: `knownPart` gives them, so
 * that the subtree's figure minus their team's, about the people below their direct reports, is
 * protected like any other (as the org dashboard treats a leader's own team, KNOWN).
 *
 * A measure (an average rating) is in no sum: it is shown when it is over at least k people, and
 * Suppressed otherwise even when there is nothing to measure, since "nobody rated" is a count of zero.
 */
/** The part of a figure the viewer knows already: over their own direct reports, which their team view shows. */
export interface KnownPart {
  value: number;
  people: number;
}

export function underAnonymityThreshold(k: number, knownPart: (tally: Tally) => KnownPart | undefined = () => undefined): Disclosure {
  return {
    disclose: (table: FigureTable): DisclosedFigures => {
      const ids = new Map<Tally, string>();
      const cells: TableCell[] = [];
      const known: SumRelation[] = [];
      table.tallies.forEach((tally, i) => {
        if (table.isMeasure(tally)) return;
        const id = `f${i}`;
        ids.set(tally, id);
        const value = tally.value ?? 0;
        cells.push({ id, value, people: tally.people });
        const part = knownPart(tally);
        if (!part || (part.value === 0 && part.people === 0)) return;
        const rest = { value: value - part.value, people: tally.people - part.people };
        if (rest.value < 0 || rest.people < 0 || rest.people > rest.value) throw new RangeError(`a known part larger than its figure (${id})`);
        // What the viewer has already (their own team's figure), and the rest, which nobody is shown and a small one is protected.
        cells.push({ id: `${id}.known`, value: part.value, people: part.people, visibility: 'KNOWN' }, { id: `${id}.rest`, ...rest, visibility: 'INTERNAL' });
        known.push({ total: id, parts: [`${id}.known`, `${id}.rest`] });
      });
      const idOf = (tally: Tally): string => {
        const id = ids.get(tally);
        if (id === undefined) throw new Error('a count the table does not hold');
        return id;
      };
      const relations: SumRelation[] = [...table.sums.map((sum) => ({ total: idOf(sum.total), parts: sum.parts.map(idOf) })), ...known];
      const { threshold, cells: shown } = suppressTable({ cells, relations }, k);
      const measures = new Set(table.tallies.filter((tally) => table.isMeasure(tally)));
      return {
        count: (tally) => shown.get(idOf(tally)) as Figure,
        measure: (tally) => {
          // A tally from another table was never seen by this disclosure: refuse rather than show it unchecked.
          if (!measures.has(tally)) throw new Error('a measure the table does not hold');
          const part = knownPart(tally);
          // Beside the viewer's own team's average, a shown one gives the rest's: it must be over k people too.
          if (tally.people < threshold || (part && part.people > 0 && tally.people - part.people < threshold)) return { kind: 'SUPPRESSED', threshold };
          return tally.value === null ? null : { kind: 'VALUE', value: tally.value };
        },
      };
    },
  };
}
