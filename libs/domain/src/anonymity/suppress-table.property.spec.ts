import fc from 'fast-check';
import { anonymityThreshold } from './suppress';
import { suppressTable } from './suppress-table';
import type { CellVisibility } from './table';
import { groupingsTable, organizationTable, seededRandom, type GroupNode, type Groupings, type Organization } from './testing/organization-tables';
import { findDisclosures } from './verify/disclosures';

const MAX_TEAMS = 10;
const DIRECT: readonly (CellVisibility | 'OMIT')[] = ['OMIT', 'INTERNAL', 'DISPLAYED', 'KNOWN'];

/**
 * Random organizations: a tree of up to 10 teams (each team's parent one of the earlier teams), up to
 * 320 people spread unevenly (the first teams, nearer the root, get more), 1 to 4 quarters and a
 * total, 0 to 3 level bands over the same people, sometimes crossed with the top-level teams, and
 * either an additive measure (each person in at most one quarter: the total is their sum) or a count
 * of distinct people over the period (no quarter sum). The direct members of a team with teams under
 * it are left out when there are none, a hidden term, a displayed row, or (the root) known to the
 * viewer. Over a sample of 2,000: 37 cells and 22 sums a table on average (up to about 150 cells),
 * 70 % of displayed cells under k, half the tables needing complementary suppression.
 */
const organizations: fc.Arbitrary<{ org: Organization; k: number }> = fc
  .record({
    parentSeeds: fc.array(fc.nat(), { maxLength: MAX_TEAMS - 1, size: 'max' }),
    // size 'max': lengths over the whole range, not fast-check's default of small arrays.
    people: fc.array(fc.record({ place: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), band: fc.nat(), quarters: fc.nat() }), {
      maxLength: 320,
      size: 'max',
    }),
    quarterCount: fc.integer({ min: 1, max: 4 }),
    bandCount: fc.integer({ min: 0, max: 3 }),
    bandsInTopTeams: fc.boolean(),
    additive: fc.boolean(),
    direct: fc.array(fc.constantFrom(...DIRECT), { minLength: MAX_TEAMS, maxLength: MAX_TEAMS }),
    k: fc.integer({ min: 3, max: 10 }),
  })
  .map(({ parentSeeds, people, quarterCount, bandCount, bandsInTopTeams, additive, direct, k }) => {
    const parents = [-1, ...parentSeeds.map((seed, index) => seed % (index + 1))];
    const org: Organization = {
      parents,
      people: people.map(({ place, band, quarters }) => ({
        team: Math.floor(place ** 1.5 * parents.length),
        band: bandCount === 0 ? 0 : band % bandCount,
        quarters: additive
          ? quarters % (quarterCount + 1) === quarterCount
            ? []
            : [quarters % (quarterCount + 1)]
          : Array.from({ length: quarterCount }, (_, quarter) => quarter).filter((quarter) => (quarters >> quarter) & 1),
      })),
      quarterCount,
      bandCount,
      bandsInTopTeams,
      additive,
      // KNOWN is what the viewer holds already: only their own direct reports, at the root.
      direct: (team) => (team !== 0 && direct[team] === 'KNOWN' ? 'INTERNAL' : direct[team]),
    };
    return { org, k };
  });

describe('suppressTable over random organizations', () => {
  it('shows no figure under k, and no hidden figure can be worked out from the shown ones', () => {
    fc.assert(
      fc.property(organizations, ({ org, k }) => {
        const table = organizationTable(org);
        const result = suppressTable(table, k);
        expect(result.threshold).toBe(anonymityThreshold(k));
        // The check is the verifier's own exact solver over the table and what a viewer gets, nothing else.
        expect(findDisclosures(table, result.cells, anonymityThreshold(k))).toEqual([]);
      }),
      { numRuns: 10_000 },
    );
  }, 120_000);
});

/**
 * Random groupings of the same atoms: 1 to 12 atoms of 0 to 14 people (now and then an internal or a
 * known one), split by 1 to 3 groupings, each a random tree over its own order of the atoms. Not
 * shaped like an organization: any mix of hierarchies and cross-tables.
 */
const groupings: fc.Arbitrary<{ input: Groupings; k: number }> = fc
  .record({
    atoms: fc.array(
      fc.record({ value: fc.integer({ min: 0, max: 14 }), visibility: fc.constantFrom<CellVisibility>(...Array(8).fill('DISPLAYED'), 'INTERNAL', 'KNOWN') }),
      { minLength: 1, maxLength: 12, size: 'max' },
    ),
    splits: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
    k: fc.integer({ min: 3, max: 10 }),
  })
  .map(({ atoms, splits, k }) => ({ input: { atoms, groupings: splits.map((seed) => randomTree(atoms.length, seed)) }, k }));

/** A tree over all atoms: a shuffled order, cut into 2 to 4 runs, each run again, until single atoms. */
function randomTree(atomCount: number, seed: number): GroupNode {
  const next = seededRandom(seed);
  const shuffled = (items: number[]): number[] => {
    for (let at = items.length - 1; at > 0; at -= 1) {
      const other = Math.floor(next() * (at + 1));
      [items[at], items[other]] = [items[other], items[at]];
    }
    return items;
  };
  const split = (run: number[]): GroupNode => {
    if (run.length === 1) return run[0];
    // 1 to 3 distinct cut points inside the run.
    const places = shuffled(Array.from({ length: run.length - 1 }, (_, place) => place + 1));
    const cuts = places.slice(0, 1 + Math.floor(next() * Math.min(3, places.length))).sort((a, b) => a - b);
    const bounds = [0, ...cuts, run.length];
    return bounds.slice(1).map((end, index) => split(run.slice(bounds[index], end)));
  };
  return split(shuffled(Array.from({ length: atomCount }, (_, atom) => atom)));
}

describe('suppressTable over random groupings of the same people', () => {
  it('shows no figure under k, and no hidden figure can be worked out from the shown ones', () => {
    fc.assert(
      fc.property(groupings, ({ input, k }) => {
        const table = groupingsTable(input);
        const result = suppressTable(table, k);
        expect(findDisclosures(table, result.cells, anonymityThreshold(k))).toEqual([]);
      }),
      { numRuns: 10_000 },
    );
  }, 120_000);
});
