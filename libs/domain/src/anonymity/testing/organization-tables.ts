/**
 * Test support: the table an org dashboard would suppress, built from made-up people, with every sum
 * that holds for the measure and no other. Teams are a tree (team 0 the viewer's whole subtree), each
 * column a quarter or the total over the period, and a second grouping by level band over the same
 * people at the top: the whole subtree, and optionally each top-level team, by band.
 *
 * Written for the tests apart from the code under test: the sums come from the structure here, the
 * values from counting the people, so a sum is declared exactly when it holds for any people.
 */
import type { CellVisibility, SumRelation, SuppressionTableInput, TableCell } from '../table';

export interface Person {
  team: number;
  band: number;
  /** The quarters (0-based) in which the person counts; the total counts them when there is any. */
  quarters: readonly number[];
}

export interface Organization {
  /** parents[i] is team i's parent, −1 for team 0 (the root) and only for it; a parent comes before its teams. */
  parents: readonly number[];
  people: readonly Person[];
  quarterCount: number;
  /** 0: no second grouping. */
  bandCount: number;
  /** Also each top-level team by band (the two groupings then overlap below the top). */
  bandsInTopTeams: boolean;
  /** Each person counts in at most one quarter, so the total is the sum of the quarters. */
  additive: boolean;
  /**
   * The cell for the people directly in a team that has teams under it: a term of its sum. OMIT leaves
   * it out when there are none (the sum is then the teams alone); with people there it is INTERNAL.
   */
  direct: (team: number) => CellVisibility | 'OMIT';
}

type Family = { id: string; visibility: CellVisibility; has: (person: Person) => boolean };

export function organizationTable(org: Organization): SuppressionTableInput {
  const { parents, people, quarterCount, bandCount } = org;
  const children = parents.map((_, team) => parents.flatMap((parent, child) => (parent === team ? [child] : [])));
  const inSubtree = (team: number, of: number): boolean => {
    for (let at = team; at !== -1; at = parents[at]) if (at === of) return true;
    return false;
  };

  const families = new Map<string, Family>();
  const add = (family: Family): string => {
    families.set(family.id, family);
    return family.id;
  };
  const teamFamily = (team: number, band: number | null): string =>
    add({
      id: band === null ? `team ${team}` : `team ${team} band ${band}`,
      visibility: 'DISPLAYED',
      has: (person) => inSubtree(person.team, team) && (band === null || person.band === band),
    });
  const directFamily = (team: number, band: number | null): string | null => {
    const hasDirect = people.some((person) => person.team === team);
    const chosen = org.direct(team);
    if (chosen === 'OMIT' && !hasDirect) return null;
    return add({
      id: band === null ? `team ${team} direct` : `team ${team} direct band ${band}`,
      visibility: chosen === 'OMIT' ? 'INTERNAL' : chosen,
      has: (person) => person.team === team && (band === null || person.band === band),
    });
  };

  // Sums between families, the same in every column.
  const sums: { total: string; parts: string[] }[] = [];
  const sum = (total: string, parts: (string | null)[]): void => {
    sums.push({ total, parts: parts.filter((part): part is string => part !== null) });
  };
  parents.forEach((_, team) => teamFamily(team, null));
  parents.forEach((_, team) => {
    if (children[team].length === 0) return;
    sum(`team ${team}`, [...children[team].map((child) => teamFamily(child, null)), directFamily(team, null)]);
  });
  const bands = Array.from({ length: bandCount }, (_, band) => band);
  if (bandCount > 0) {
    sum(teamFamily(0, null), bands.map((band) => teamFamily(0, band)));
    if (org.bandsInTopTeams && children[0].length > 0) {
      for (const band of bands) sum(teamFamily(0, band), [...children[0].map((child) => teamFamily(child, band)), directFamily(0, band)]);
      for (const child of children[0]) sum(teamFamily(child, null), bands.map((band) => teamFamily(child, band)));
      const direct = directFamily(0, null);
      if (direct !== null) sum(direct, bands.map((band) => directFamily(0, band)));
    }
  }

  const columns = [...Array.from({ length: quarterCount }, (_, quarter) => `q${quarter + 1}`), 'total'];
  const counts = (family: Family, column: number): number =>
    people.filter((person) => family.has(person) && (column === quarterCount ? person.quarters.length > 0 : person.quarters.includes(column))).length;
  const cellId = (family: string, column: number): string => `${family} ${columns[column]}`;

  const cells: TableCell[] = [];
  for (const family of families.values()) {
    columns.forEach((_, column) => cells.push({ id: cellId(family.id, column), value: counts(family, column), visibility: family.visibility }));
  }
  const relations: SumRelation[] = [];
  columns.forEach((_, column) => {
    for (const { total, parts } of sums) relations.push({ total: cellId(total, column), parts: parts.map((part) => cellId(part, column)) });
  });
  if (org.additive) {
    const quarters = columns.slice(0, quarterCount).map((_, quarter) => quarter);
    for (const family of families.keys()) {
      relations.push({ total: cellId(family, quarterCount), parts: quarters.map((quarter) => cellId(family, quarter)) });
    }
  }
  return { cells, relations };
}

export interface Groupings {
  /** The finest cells: each one's people and how it is seen. */
  atoms: readonly { value: number; visibility: CellVisibility }[];
  /** Each grouping splits all atoms into a tree: a node is a list of nodes, a leaf an atom's index. */
  groupings: readonly GroupNode[];
}
export type GroupNode = number | readonly GroupNode[];

/**
 * Test support: several groupings of the same atoms (a table's rows and its columns, teams and
 * bands, two hierarchies), each a tree whose node is the sum of its children. A node is the cell of
 * its set of atoms, so groupings share the cells they have in common (the total at least): that is
 * where they overlap. Atoms and nodes other than atoms are displayed.
 */
export function groupingsTable({ atoms, groupings }: Groupings): SuppressionTableInput {
  const cells = new Map<string, TableCell>();
  const relations = new Map<string, SumRelation>();
  const atomsOf = (node: GroupNode): number[] => (typeof node === 'number' ? [node] : node.flatMap(atomsOf));
  const cellOf = (node: GroupNode): string => {
    const members = atomsOf(node).sort((a, b) => a - b);
    const id = `{${members.join(',')}}`;
    if (!cells.has(id)) {
      const value = members.reduce((sum, atom) => sum + atoms[atom].value, 0);
      cells.set(id, { id, value, visibility: members.length === 1 ? atoms[members[0]].visibility : 'DISPLAYED' });
    }
    if (typeof node !== 'number') {
      const parts = node.map(cellOf);
      relations.set(`${id}=${[...parts].sort().join('+')}`, { total: id, parts });
    }
    return id;
  };
  groupings.forEach(cellOf);
  return { cells: [...cells.values()], relations: [...relations.values()] };
}

/** mulberry32: a small seeded generator, so that a test's or the bench's data follow from one number. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
