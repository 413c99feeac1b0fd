import type { MyRoleFieldsFragment } from '../../../generated/gql/graphql';
import { applyRolesFilter, companiesOf, NO_ROLES_FILTER, narrowsRoles, rolesFilterFrom, rolesFilterParams, type MyRolesFilter } from './my-roles-filter';

const role = (id: string, title: string, company: string | null, extra: Partial<MyRoleFieldsFragment> = {}): MyRoleFieldsFragment => ({
  id,
  title,
  company,
  location: null,
  remote: false,
  outcome: 'CONSIDERING',
  stretch: 'UNRATED',
  trackChange: false,
  isShared: false,
  createdAt: `2026-11-${id.padStart(2, '0')}T10:00:00.000Z`,
  level: null,
  ...extra,
});

const roles = [
  role('1', 'Staff Engineer', 'Société Générale', { stretch: 'STEP_UP', outcome: 'APPLIED' }),
  role('2', 'Senior Engineer', 'Globex', { stretch: 'SAME_LEVEL' }),
  role('3', 'Engineering Manager', null, { stretch: 'STEP_UP' }),
  role('4', 'Engineer', 'acme', { stretch: 'STEP_DOWN', outcome: 'APPLIED' }),
];
const ids = (filter: Partial<MyRolesFilter>) => applyRolesFilter(roles, { ...NO_ROLES_FILTER, ...filter }).map((r) => r.id);

describe('My roles: search, filters and sort', () => {
  it('searches title and company, every word, ignoring case and accents', () => {
    expect(ids({ search: 'societe' })).toEqual(['1']);
    expect(ids({ search: 'engineer GLOBEX' })).toEqual(['2']);
    expect(ids({ search: 'manager' })).toEqual(['3']);
    expect(ids({ search: 'nothing like it' })).toEqual([]);
  });

  it('filters by outcome, stretch and company, together', () => {
    expect(ids({ outcome: 'APPLIED' })).toEqual(['4', '1']);
    expect(ids({ stretch: 'STEP_UP' })).toEqual(['3', '1']);
    expect(ids({ outcome: 'APPLIED', stretch: 'STEP_UP' })).toEqual(['1']);
    expect(ids({ company: 'Globex' })).toEqual(['2']);
  });

  it('sorts newest, oldest, by company (missing last), by title and by stretch', () => {
    expect(ids({})).toEqual(['4', '3', '2', '1']);
    expect(ids({ sort: 'OLDEST' })).toEqual(['1', '2', '3', '4']);
    expect(ids({ sort: 'COMPANY' })).toEqual(['4', '2', '1', '3']);
    expect(ids({ sort: 'TITLE' })).toEqual(['4', '3', '2', '1']);
    expect(ids({ sort: 'STRETCH' })).toEqual(['3', '1', '2', '4']);
  });

  it('keeps the filter in the address, only what differs from the plain list, and ignores unknown values', () => {
    expect(rolesFilterParams(NO_ROLES_FILTER).toString()).toBe('');
    const filter: MyRolesFilter = { search: 'staff', outcome: 'OFFER', stretch: 'STEP_UP', company: 'Globex', sort: 'COMPANY' };
    expect(rolesFilterFrom(rolesFilterParams(filter))).toEqual(filter);
    expect(rolesFilterFrom(new URLSearchParams('outcome=WON&stretch=HUGE&sort=RANDOM'))).toEqual(NO_ROLES_FILTER);
    expect(narrowsRoles({ ...NO_ROLES_FILTER, sort: 'TITLE' })).toBe(false);
    expect(narrowsRoles({ ...NO_ROLES_FILTER, search: 'x' })).toBe(true);
  });

  it('lists each company once, A to Z', () => {
    expect(companiesOf([...roles, role('5', 'CTO', 'Globex')])).toEqual(['acme', 'Globex', 'Société Générale']);
  });
});
