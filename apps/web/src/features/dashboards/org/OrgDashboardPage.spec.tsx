import '../../../test/jsdom-polyfills';
import { InMemoryCache } from '@apollo/client';
import type { MockedResponse } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { render, screen, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { MemoryRouter } from 'react-router';
import { POSSIBLE_TYPES } from '../../../app/possible-types';
import { stubMatchMedia } from '../../../test/match-media-stub';
import { ViewerQuery } from '../../session/viewer-query';
import { OrgDashboardDocument } from './org-dashboard-operations';
import { OrgDashboardPage } from './OrgDashboardPage';

beforeAll(stubMatchMedia);

jest.mock('../figures/FigureChart', () => ({ FigureChart: () => <div data-testid="chart" /> }));

const person = (id: string, reports: { __typename: 'Person'; id: string }[] = []) => ({ __typename: 'Person' as const, id, directReports: reports });

const viewer = ({ isAdmin = false, reports = 0, leads = false }: { isAdmin?: boolean; reports?: number; leads?: boolean }): MockedResponse => ({
  request: { query: ViewerQuery },
  result: {
    data: {
      me: {
        ...person('m1', Array.from({ length: reports }, (_, i) => ({ __typename: 'Person' as const, id: `r${i}` }))),
        name: 'Nora Castillo',
        email: 'nora@example.com',
        isAdmin,
        isLeader: leads,
        status: 'ACTIVE',
      },
    },
  },
});

const count = (value: number) => ({ __typename: 'ShownCount' as const, value });
const hidden = { __typename: 'Suppressed' as const, threshold: 5 };
const figures = (people: typeof hidden | ReturnType<typeof count>) => ({
  __typename: 'OrgFigures' as const,
  people,
  peopleWithOpenActionItems: hidden,
  peopleWithOverdueActionItems: hidden,
  quarters: [],
});

const dashboard = (teams: unknown[]): MockedResponse => ({
  request: { query: OrgDashboardDocument },
  result: { data: { orgDashboard: { __typename: 'OrgDashboard', asOf: '2026-12-01', threshold: 5, teams, total: figures(count(17)) } } },
});

const orgTeam = (managerId: string, managerName: string, parentManagerId: string | null, people: typeof hidden | ReturnType<typeof count>, yours = false) => ({
  __typename: 'OrgTeam' as const,
  managerId,
  managerName,
  parentManagerId,
  yours,
  figures: figures(people),
});

function renderPage(...mocks: MockedResponse[]) {
  return render(
    // The figures are unions: the cache must know their members, as the app's does.
    <MockedProvider mocks={mocks} cache={new InMemoryCache({ possibleTypes: POSSIBLE_TYPES })}>
      <MantineProvider>
        <MemoryRouter>
          <OrgDashboardPage />
        </MemoryRouter>
      </MantineProvider>
    </MockedProvider>,
  );
}

describe('OrgDashboardPage', () => {
  it('tells someone with no reports that it is for leaders, without asking for the dashboard', async () => {
    renderPage(viewer({}));
    expect(await screen.findByText('The org dashboard is for leaders and admins')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Go to your home page' }).getAttribute('href')).toBe('/');
  });

  it('says the same to a manager whose reports lead nobody', async () => {
    renderPage(viewer({ reports: 2 }));
    expect(await screen.findByText('The org dashboard is for leaders and admins')).toBeTruthy();
  });

  it('says the same when the API answers NOT_A_LEADER', async () => {
    renderPage(viewer({ reports: 2, leads: true }), {
      request: { query: OrgDashboardDocument },
      result: { errors: [new GraphQLError('You lead no managers.', { extensions: { code: 'FORBIDDEN', reason: 'NOT_A_LEADER' } })] },
    });
    expect(await screen.findByText('The org dashboard is for leaders and admins')).toBeTruthy();
  });

  it('shows a labelled loader, then an error in words with a way to try again', async () => {
    renderPage(viewer({ isAdmin: true }), { request: { query: OrgDashboardDocument }, error: new TypeError('Failed to fetch') });
    expect(await screen.findByRole('status', { name: 'Loading the org dashboard' })).toBeTruthy();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The org dashboard could not be loaded');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  it('says so when there are no teams yet', async () => {
    renderPage(viewer({ isAdmin: true }), dashboard([]));
    expect(await screen.findByText('No teams to show yet')).toBeTruthy();
  });

  it('lists a leader’s teams nested, theirs marked, hidden figures as "hidden"', async () => {
    renderPage(viewer({ reports: 2, leads: true }), dashboard([orgTeam('r0', 'Rhea Kapoor', 'm1', count(12)), orgTeam('m1', 'Nora Castillo', null, hidden, true)]));
    const table = await screen.findByRole('table', { name: 'Teams' });
    const rows = within(table).getAllByRole('row');
    expect(rows.map((row) => within(row).queryAllByRole('rowheader')[0]?.textContent ?? null)).toEqual([null, 'Nora Castillo’s team (yours)', 'Rhea Kapoor’s team']);
    expect(rows[1].textContent).toContain('hidden');
    expect(rows[2].textContent).toContain('12');
    expect(screen.getByRole('button', { name: 'Download CSV: Teams' })).toBeTruthy();
    expect(screen.getByLabelText('Quarters of')).toBeTruthy();
  });
});
