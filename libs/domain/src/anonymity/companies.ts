import { anonymityThreshold, type SuppressedCount } from './suppress';

/** One debrief (or any record) about a company by a person; the same pair may come more than once. */
export interface CompanyMention {
  company: string;
  personId: string;
}

export interface NamedCompany {
  /** `companyKey` of the name: what the mentions were grouped by. */
  key: string;
  /** The spelling used most often, the alphabetically first on a tie. */
  name: string;
  /** Different people who debriefed about it: at least the threshold. */
  people: number;
}

export interface CompanyGroups {
  threshold: number;
  /** Most people first, then by name. */
  named: NamedCompany[];
  /**
   * "Other companies", or null when every company is named. `keys` says which companies to aggregate
   * into it and is for the server only: the client gets the bucket, never what is in it. When `people`
   * is suppressed, so is every figure of the bucket.
   */
  other: { keys: string[]; people: SuppressedCount } | null;
}

/** Names typed by different people match when they differ only in case, width or spacing. */
export function companyKey(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');
}

/**
 * A company appears by name only when at least k different people debriefed about it; the rest are
 * "other companies". The bucket is held to the same rule, since its figures describe its people as a
 * company's do: counted as different people across its companies (someone who debriefed about two of
 * them counts once), when it holds fewer than k the smallest named company joins it (fewest people,
 * the last by name on a tie). One is enough, a named company alone having k people. With no named
 * company left to add, the bucket is suppressed: fewer than k people debriefed at all.
 */
export function groupSmallCompanies(mentions: readonly CompanyMention[], k: number): CompanyGroups {
  const threshold = anonymityThreshold(k);
  const byKey = new Map<string, { people: Set<string>; spellings: Map<string, number> }>();
  for (const { company, personId } of mentions) {
    const key = companyKey(company);
    if (key === '') continue;
    const entry = byKey.get(key) ?? { people: new Set<string>(), spellings: new Map<string, number>() };
    byKey.set(key, entry);
    entry.people.add(personId);
    const spelling = company.trim().replace(/\s+/g, ' ');
    entry.spellings.set(spelling, (entry.spellings.get(spelling) ?? 0) + 1);
  }

  const companies = [...byKey].map(([key, { people, spellings }]) => ({ key, name: mostUsed(spellings), people }));
  companies.sort((a, b) => b.people.size - a.people.size || compareText(a.name, b.name) || compareText(a.key, b.key));
  const named = companies.filter((company) => company.people.size >= threshold);
  const others = companies.filter((company) => company.people.size < threshold);

  let otherPeople = union(others.map((company) => company.people));
  if (others.length > 0 && otherPeople.size < threshold) {
    const joining = named.pop();
    if (joining !== undefined) {
      others.unshift(joining);
      otherPeople = union([otherPeople, joining.people]);
    }
  }

  return {
    threshold,
    named: named.map(({ key, name, people }) => ({ key, name, people: people.size })),
    other:
      others.length === 0
        ? null
        : {
            keys: others.map((company) => company.key),
            people: otherPeople.size < threshold ? { kind: 'SUPPRESSED', threshold } : { kind: 'VALUE', value: otherPeople.size },
          },
  };
}

function mostUsed(spellings: ReadonlyMap<string, number>): string {
  let best = '';
  let bestCount = -1;
  for (const [spelling, count] of spellings) {
    if (count > bestCount || (count === bestCount && compareText(spelling, best) < 0)) {
      best = spelling;
      bestCount = count;
    }
  }
  return best;
}

function union(sets: readonly ReadonlySet<string>[]): Set<string> {
  const all = new Set<string>();
  for (const set of sets) for (const item of set) all.add(item);
  return all;
}

/** Code-unit order, not the locale's: the same input gives the same order on any server. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
