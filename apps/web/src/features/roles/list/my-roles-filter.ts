import type { MyRoleFieldsFragment, RoleOutcome, StretchTag } from '../../../generated/gql/graphql';
import { OUTCOME_LABELS } from '../format/role-labels';

export type MyRolesSort = 'NEWEST' | 'OLDEST' | 'COMPANY' | 'TITLE' | 'STRETCH';

export interface MyRolesFilter {
  search: string;
  outcome: RoleOutcome | null;
  stretch: StretchTag | null;
  company: string | null;
  sort: MyRolesSort;
}

export const NO_ROLES_FILTER: MyRolesFilter = { search: '', outcome: null, stretch: null, company: null, sort: 'NEWEST' };

export const SORT_LABELS: Record<MyRolesSort, string> = {
  NEWEST: 'Newest first',
  OLDEST: 'Oldest first',
  COMPANY: 'Company, A to Z',
  TITLE: 'Title, A to Z',
  STRETCH: 'Biggest step up first',
};

const SORTS = Object.keys(SORT_LABELS) as MyRolesSort[];
const OUTCOMES = Object.keys(OUTCOME_LABELS) as RoleOutcome[];
const STRETCHES: readonly StretchTag[] = ['STEP_UP', 'SAME_LEVEL', 'STEP_DOWN', 'UNRATED'];
const STRETCH_RANK: Record<StretchTag, number> = { STEP_UP: 0, SAME_LEVEL: 1, STEP_DOWN: 2, UNRATED: 3 };

const pick = <T extends string>(value: string | null, allowed: readonly T[]): T | null => (allowed.includes(value as T) ? (value as T) : null);

/** The filter as "My roles" keeps it in its address (`?q=…&outcome=…&stretch=…&company=…&sort=…`). */
export function rolesFilterFrom(params: URLSearchParams): MyRolesFilter {
  return {
    search: params.get('q') ?? '',
    outcome: pick(params.get('outcome'), OUTCOMES),
    stretch: pick(params.get('stretch'), STRETCHES),
    company: params.get('company') || null,
    sort: pick(params.get('sort'), SORTS) ?? 'NEWEST',
  };
}

/** Only what differs from "everything, newest first", so the plain page has a plain address. */
export function rolesFilterParams(filter: MyRolesFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.search.trim()) params.set('q', filter.search);
  if (filter.outcome) params.set('outcome', filter.outcome);
  if (filter.stretch) params.set('stretch', filter.stretch);
  if (filter.company) params.set('company', filter.company);
  if (filter.sort !== 'NEWEST') params.set('sort', filter.sort);
  return params;
}

/** Whether anything narrows the list (sorting alone does not). */
export const narrowsRoles = (filter: MyRolesFilter) => filter.search.trim() !== '' || filter.outcome !== null || filter.stretch !== null || filter.company !== null;

/** Case- and accent-insensitive, so "societe" finds "Société". */
const fold = (text: string) => text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLocaleLowerCase();

const byText = (a: string | null, b: string | null) => {
  if (a === b) return 0;
  if (a === null) return 1; // a missing company goes last
  if (b === null) return -1;
  return a.localeCompare(b, undefined, { sensitivity: 'base' });
};

/** The roles that match, in the chosen order; ties keep newest first. */
export function applyRolesFilter(roles: readonly MyRoleFieldsFragment[], filter: MyRolesFilter): MyRoleFieldsFragment[] {
  const words = fold(filter.search).split(/\s+/).filter(Boolean);
  const matches = roles.filter((role) => {
    const text = fold(`${role.title} ${role.company ?? ''}`);
    if (!words.every((word) => text.includes(word))) return false;
    if (filter.outcome && role.outcome !== filter.outcome) return false;
    if (filter.stretch && role.stretch !== filter.stretch) return false;
    if (filter.company && (role.company ?? '') !== filter.company) return false;
    return true;
  });
  const newest = (a: MyRoleFieldsFragment, b: MyRoleFieldsFragment) => b.createdAt.localeCompare(a.createdAt);
  const compare: Record<MyRolesSort, (a: MyRoleFieldsFragment, b: MyRoleFieldsFragment) => number> = {
    NEWEST: newest,
    OLDEST: (a, b) => -newest(a, b),
    COMPANY: (a, b) => byText(a.company, b.company) || newest(a, b),
    TITLE: (a, b) => byText(a.title, b.title) || newest(a, b),
    STRETCH: (a, b) => STRETCH_RANK[a.stretch] - STRETCH_RANK[b.stretch] || newest(a, b),
  };
  return [...matches].sort(compare[filter.sort]);
}

/** The companies of the roles, A to Z, for the company filter. */
export function companiesOf(roles: readonly MyRoleFieldsFragment[]): string[] {
  return [...new Set(roles.map((role) => role.company).filter((company): company is string => !!company))].sort((a, b) => byText(a, b));
}
