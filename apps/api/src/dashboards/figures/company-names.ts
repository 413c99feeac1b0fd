import { anonymityThreshold, companyKey, groupSmallCompanies, suppress } from '@onward/domain';

/** Debriefs about one company (the company of the shared role they were about), before naming. */
export interface CompanyDebriefs {
  name: string;
  debriefs: number;
  /** The distinct people those debriefs were with. */
  peopleIds: readonly string[];
}

export interface NamedCompanies {
  /** Companies that at least `threshold` different people debriefed about. */
  named: { name: string; debriefs: number; people: number }[];
  /** Every other company, together. */
  others: { debriefs: number; people: number };
  threshold: number;
}

/**
 * A company appears by name only when at least k different people debriefed about it; the rest are
 * "other companies", counted together (their people counted once each, whichever companies they
 * debriefed about). A manager's team view, where every figure is shown; a subtree uses
 * `groupCompanies`, which also holds "other companies" to the threshold.
 */
export function nameCompanies(companies: readonly CompanyDebriefs[], k: number): NamedCompanies {
  const threshold = anonymityThreshold(k);
  const named: NamedCompanies['named'] = [];
  const otherPeople = new Set<string>();
  let otherDebriefs = 0;
  for (const company of companies) {
    const people = new Set(company.peopleIds).size;
    if (suppress(people, threshold).kind === 'VALUE') named.push({ name: company.name, debriefs: company.debriefs, people });
    else {
      otherDebriefs += company.debriefs;
      for (const id of company.peopleIds) otherPeople.add(id);
    }
  }
  named.sort((a, b) => b.debriefs - a.debriefs || b.people - a.people || a.name.localeCompare(b.name));
  return { named, others: { debriefs: otherDebriefs, people: otherPeople.size }, threshold };
}

/**
 * Over a subtree, the organization-wide rule of libs/domain (`groupSmallCompanies`): as above, and
 * "other companies" is held to it too, so while it has fewer than k people the smallest named
 * company joins it. Named companies come most people first: their debriefs may be suppressed, and an
 * order by them would tell what is hidden.
 */
export function groupCompanies(companies: readonly CompanyDebriefs[], k: number): NamedCompanies {
  const groups = groupSmallCompanies(
    companies.flatMap((company) => company.peopleIds.map((personId) => ({ company: company.name, personId }))),
    k,
  );
  const byKey = new Map<string, { debriefs: number; people: Set<string> }>();
  for (const company of companies) {
    const key = companyKey(company.name);
    const entry = byKey.get(key) ?? { debriefs: 0, people: new Set<string>() };
    entry.debriefs += company.debriefs;
    for (const id of company.peopleIds) entry.people.add(id);
    byKey.set(key, entry);
  }
  const named = groups.named.map((company) => ({ name: company.name, debriefs: byKey.get(company.key)?.debriefs ?? 0, people: company.people }));
  const namedKeys = new Set(groups.named.map((company) => company.key));
  // Everything not named, a name that normalizes to nothing included, so the companies still add up to the total.
  const otherPeople = new Set<string>();
  let otherDebriefs = 0;
  for (const [key, entry] of byKey) {
    if (namedKeys.has(key)) continue;
    otherDebriefs += entry.debriefs;
    for (const id of entry.people) otherPeople.add(id);
  }
  return { named, others: { debriefs: otherDebriefs, people: otherPeople.size }, threshold: groups.threshold };
}
