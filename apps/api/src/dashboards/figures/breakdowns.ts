import type { StretchTag } from '@onward/domain';
import { StretchTagEnum } from '../../roles/models/role-enums.graphql';
import type { StretchBreakdown } from '../models/figures.model';
import type { DisclosedFigures, FigureTable, Tally } from './figure-table';

/** The fixed order of a stretch breakdown's parts, so a chart's series never move. */
export const STRETCH_ORDER: readonly StretchTag[] = ['STEP_UP', 'SAME_LEVEL', 'STEP_DOWN', 'UNRATED'];

/** Something counted, with the person it is about. */
export interface AboutSomeone {
  personId: string;
}

/** How many things, about how many distinct people. */
export function tallyOf(table: FigureTable, items: readonly AboutSomeone[]): Tally {
  return table.count(items.length, new Set(items.map((item) => item.personId)).size);
}

export interface StretchTallies {
  total: Tally;
  parts: { stretch: StretchTag; count: Tally }[];
}

/** A count by stretch tag, its parts tied to its total for whatever rule discloses the table. */
export function tallyByStretch(table: FigureTable, items: readonly (AboutSomeone & { stretch: StretchTag })[]): StretchTallies {
  const total = tallyOf(table, items);
  const parts = STRETCH_ORDER.map((stretch) => ({ stretch, count: tallyOf(table, items.filter((item) => item.stretch === stretch)) }));
  table.sum(total, parts.map((part) => part.count));
  return { total, parts };
}

export function showStretch(tallies: StretchTallies, shown: DisclosedFigures): StretchBreakdown {
  return {
    total: shown.count(tallies.total),
    parts: tallies.parts.map((part) => ({ stretch: part.stretch as StretchTagEnum, count: shown.count(part.count) })),
  };
}
