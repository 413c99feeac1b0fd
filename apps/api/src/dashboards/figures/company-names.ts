import { anonymityThreshold, suppress } from '@onward/domain';

/** Debriefs about one company (the company of the shared role they were about), before naming. */
export interface CompanyDebriefs {
  name: string;
  debriefs: number;
  /** The distinct people those debriefs were with. */
  peopleIds: readonly string[];
}

export interface NamedCompanies {
  /** Companies that at least `threshold` different people debriefed about, most debriefs first. */
  named: { name: string; debriefs: number; people: number }[];
  /** Every other company, together. */
  others: { debriefs: number; people: number };
  threshold: number;
}

/**
 * A company appears by name only when at least k different people debriefed about it; the rest are
 * "other companies", counted together (their people counted once each, whichever companies they
 * debriefed about). A local stand-in for the organization-wide rule, which will live in
 * libs/domain/src/anonymity and replace this behind the same call.
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
