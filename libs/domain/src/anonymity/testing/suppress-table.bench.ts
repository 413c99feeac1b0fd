/**
 * How long `suppressTable` takes on an org dashboard's table: 200 teams (a tree five levels deep) by
 * eight quarters and a total, the leader's own direct reports known to them, four level bands over the
 * whole subtree and each top-level team. Run:
 *
 *   node -r esbuild-register libs/domain/src/anonymity/testing/suppress-table.bench.ts
 *
 * Two kinds of organization: small teams (2 to 11 direct members, 35 % of people counting in a
 * quarter: most cells under k) and larger ones (8 to 40, 60 %: most cells shown, more complementary
 * work). Prints, per organization, measure and k, the table's size, how many displayed cells are hidden (under k, and in
 * all) and the median time of several runs.
 */
import { suppressTable } from '../suppress-table';
import { organizationTable, seededRandom, type Organization, type Person } from './organization-tables';

const TEAMS = 200;
const QUARTERS = 8;
const BANDS = 4;

function organization(additive: boolean, large: boolean, seed: number): Organization {
  const next = seededRandom(seed);
  const parents = [-1];
  const depth = [0];
  // Each new team goes under an earlier one fewer than four levels down: a tree five levels deep.
  while (parents.length < TEAMS) {
    const parent = Math.floor(next() * parents.length);
    if (depth[parent] >= 4) continue;
    parents.push(parent);
    depth.push(depth[parent] + 1);
  }
  const people: Person[] = [];
  parents.forEach((_, team) => {
    const size = large ? 8 + Math.floor(next() * 33) : 2 + Math.floor(next() * 10);
    const active = large ? 0.6 : 0.35;
    for (let person = 0; person < size; person += 1) {
      const quarters = additive
        ? next() < active + 0.05
          ? [Math.floor(next() * QUARTERS)]
          : []
        : Array.from({ length: QUARTERS }, (_, quarter) => quarter).filter(() => next() < active);
      people.push({ team, band: Math.floor(next() * BANDS), quarters });
    }
  });
  return {
    parents,
    people,
    quarterCount: QUARTERS,
    bandCount: BANDS,
    bandsInTopTeams: true,
    additive,
    direct: (team) => (team === 0 ? 'KNOWN' : 'INTERNAL'),
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

for (const [additive, large] of [[false, false], [true, false], [false, true], [true, true]]) {
  const table = organizationTable(organization(additive, large, 7));
  const displayed = table.cells.filter((cell) => (cell.visibility ?? 'DISPLAYED') === 'DISPLAYED');
  for (const k of [3, 5, 10]) {
    const times: number[] = [];
    let result = suppressTable(table, k);
    for (let run = 0; run < 7; run += 1) {
      const started = performance.now();
      result = suppressTable(table, k);
      times.push(performance.now() - started);
    }
    const under = displayed.filter((cell) => cell.value < result.threshold).length;
    const hidden = displayed.filter((cell) => result.cells.get(cell.id)?.kind === 'SUPPRESSED').length;
    console.log(
      [
        large ? 'teams of 8-40, 60 % active' : 'teams of 2-11, 35 % active',
        additive ? 'additive over quarters' : 'distinct people       ',
        `k=${String(k).padEnd(2)}`,
        `${table.cells.length} cells (${displayed.length} displayed), ${table.relations.length} sums`,
        `hidden ${hidden} (${under} under k)`,
        `median ${median(times).toFixed(1)} ms, slowest ${Math.max(...times).toFixed(1)} ms`,
      ].join(' · '),
    );
  }
}
