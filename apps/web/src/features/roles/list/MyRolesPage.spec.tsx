import '../../../test/jsdom-polyfills';
import type { MockedResponse } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { stubMatchMedia } from '../../../test/match-media-stub';
import { MyRolesQuery } from '../api/role-operations';
import { ROLES_PAGE_SIZE } from '../api/useRoleLists';
import { MyRolesPage } from './MyRolesPage';

beforeAll(stubMatchMedia);

const role = (id: string, title: string, company: string) => ({
  __typename: 'InterestingRole' as const,
  id,
  title,
  company,
  location: null,
  remote: false,
  outcome: 'CONSIDERING' as const,
  stretch: 'STEP_UP' as const,
  trackChange: false,
  isShared: false,
  createdAt: `2026-11-${id.padStart(2, '0')}T10:00:00.000Z`,
  level: null,
});

const page = (roles: ReturnType<typeof role>[], endCursor: string, hasNextPage: boolean) => ({
  myInterestingRoles: {
    __typename: 'InterestingRoleConnection' as const,
    totalCount: 2,
    pageInfo: { __typename: 'PageInfo' as const, endCursor, hasNextPage },
    edges: roles.map((node) => ({ __typename: 'InterestingRoleEdge' as const, cursor: `c${node.id}`, node })),
  },
});

const MOCKS: MockedResponse[] = [
  { request: { query: MyRolesQuery, variables: { first: ROLES_PAGE_SIZE } }, result: { data: page([role('2', 'Staff Engineer', 'Globex')], 'c2', true) } },
  { request: { query: MyRolesQuery, variables: { first: ROLES_PAGE_SIZE, after: 'c2' } }, result: { data: page([role('1', 'Staff Engineer', 'Initech')], 'c1', false) } },
];

function Address() {
  const location = useLocation();
  return <output aria-label="address">{location.search}</output>;
}

function renderAt(url: string) {
  return render(
    <MockedProvider mocks={MOCKS}>
      <MantineProvider>
        <MemoryRouter initialEntries={[url]}>
          <Routes>
            <Route
              path="/roles"
              element={
                <>
                  <MyRolesPage />
                  <Address />
                </>
              }
            />
          </Routes>
        </MemoryRouter>
      </MantineProvider>
    </MockedProvider>,
  );
}

describe('MyRolesPage', () => {
  it('searches every role, not just the first page: the rest are fetched first', async () => {
    renderAt('/roles?q=staff');
    expect(await screen.findByText('2 of 2 roles match')).toBeTruthy();
    expect(screen.getAllByRole('link', { name: 'Staff Engineer' })).toHaveLength(2);
  });

  it('shows what matches nothing in words, and clearing the filters empties the address', async () => {
    renderAt('/roles?q=nothing&sort=COMPANY');
    expect(await screen.findByRole('heading', { name: 'None of your roles matches' })).toBeTruthy();
    fireEvent.click(screen.getAllByRole('button', { name: 'Clear filters' })[0]);
    expect(await screen.findByText('2 of 2 roles')).toBeTruthy();
    expect(screen.getByLabelText('address').textContent).toBe('?sort=COMPANY');
  });
});
