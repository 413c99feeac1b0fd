import { companyKey, stretchTag, type StretchTag } from '@onward/domain';
import { STRETCH_ORDER } from './figures/breakdowns';
import type { KnownPart } from './figures/threshold-disclosure';
import type { PerspectiveRows } from './outside-perspective.queries';

/** How each figure of the outside perspective is named, so that the same figure over two sets of people can be paired. */
export const FIGURE_KEYS = {
  debriefs: 'debriefs',
  people: 'people',
  kind: (kind: string) => `kind:${kind}`,
  process: (stages: readonly string[]) => `process:${stages.join(' ')}`,
  stages: (stages: number) => `stages:${stages}`,
  theme: (theme: string) => `theme:${theme.toLowerCase()}`,
  ratings: (aspect: string) => `ratings:${aspect}`,
  average: (aspect: string) => `average:${aspect}`,
  readings: 'readings',
  reading: (stretch: StretchTag) => `reading:${stretch}`,
  company: (key: string) => `company:${key}`,
  companyPeople: (key: string) => `company-people:${key}`,
  others: 'others',
  othersPeople: 'others-people',
  unknown: 'unknown',
} as const;

/** A stretch tag per debrief, with the person it is about, from the rows' ranks. */
export function readingsOf(rows: PerspectiveRows): { personId: string; stretch: StretchTag }[] {
  return rows.readings.flatMap((row) => {
    const stretch = stretchTag(row.assessedRank === null ? null : Number(row.assessedRank), row.reportRank === null ? null : Number(row.reportRank));
    return Array.from({ length: Number(row.debriefs) }, () => ({ personId: row.reportId, stretch }));
  });
}

/**
 * Every figure of `rows` (a leader's own team) by key, its companies grouped as the subtree's are:
 * those named there by their key, every other one in "other companies".
 */
export function figureParts(rows: PerspectiveRows, namedKeys: ReadonlySet<string>): Map<string, KnownPart> {
  const parts = new Map<string, KnownPart>();
  const put = (key: string, value: number | string, people: number | string) => parts.set(key, { value: Number(value), people: Number(people) });
  put(FIGURE_KEYS.debriefs, rows.totals.debriefs, rows.totals.people);
  put(FIGURE_KEYS.people, rows.totals.people, rows.totals.people);
  for (const row of rows.stageKinds) put(FIGURE_KEYS.kind(row.kind), row.debriefs, row.people);
  for (const row of rows.processes) put(FIGURE_KEYS.process(row.stages), row.debriefs, row.people);
  for (const row of rows.stageCounts) put(FIGURE_KEYS.stages(Number(row.stages)), row.debriefs, row.people);
  for (const row of rows.themes) put(FIGURE_KEYS.theme(row.theme), row.debriefs, row.people);
  for (const row of rows.ratings) {
    put(FIGURE_KEYS.ratings(row.aspect), row.ratings, row.people);
    put(FIGURE_KEYS.average(row.aspect), 0, row.people);
  }
  const readings = readingsOf(rows);
  put(FIGURE_KEYS.readings, readings.length, new Set(readings.map((r) => r.personId)).size);
  for (const stretch of STRETCH_ORDER) {
    const these = readings.filter((r) => r.stretch === stretch);
    put(FIGURE_KEYS.reading(stretch), these.length, new Set(these.map((r) => r.personId)).size);
  }
  const byKey = new Map<string, { debriefs: number; people: Set<string> }>();
  for (const company of rows.companies) {
    const key = companyKey(company.name);
    const group = namedKeys.has(key) ? key : FIGURE_KEYS.others;
    const entry = byKey.get(group) ?? { debriefs: 0, people: new Set<string>() };
    entry.debriefs += Number(company.debriefs);
    for (const id of company.peopleIds) entry.people.add(id);
    byKey.set(group, entry);
  }
  for (const [group, entry] of byKey) {
    const others = group === FIGURE_KEYS.others;
    put(others ? FIGURE_KEYS.others : FIGURE_KEYS.company(group), entry.debriefs, entry.people.size);
    put(others ? FIGURE_KEYS.othersPeople : FIGURE_KEYS.companyPeople(group), entry.people.size, entry.people.size);
  }
  put(FIGURE_KEYS.unknown, rows.withoutCompany.debriefs, rows.withoutCompany.people);
  return parts;
}
