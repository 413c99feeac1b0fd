import '../../../test/jsdom-polyfills';
import type { MockedResponse } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { MemoryRouter } from 'react-router';
import { stubMatchMedia } from '../../../test/match-media-stub';
import { ViewerQuery } from '../../session/viewer-query';
import { TeamDashboardDocument } from './team-dashboard-operations';
import { TeamDashboardPage } from './TeamDashboardPage';

beforeAll(stubMatchMedia);

jest.mock('../figures/FigureChart', () => ({ FigureChart: () => <div data-testid="chart" /> }));

const viewer = (reports: number) => ({
  request: { query: ViewerQuery },
  result: {
    data: {
      me: {
        __typename: 'Person',
        id: 'm1',
        name: 'Sam Lindqvist',
        email: 'sam@example.com',
        isAdmin: false,
        isLeader: false,
        status: 'ACTIVE',
        directReports: Array.from({ length: reports }, (_, i) => ({ __typename: 'Person', id: `r${i}` })),
      },
    },
  },
});

function renderPage(...mocks: MockedResponse[]) {
  return render(
    <MockedProvider mocks={mocks}>
      <MantineProvider>
        <MemoryRouter>
          <TeamDashboardPage />
        </MemoryRouter>
      </MantineProvider>
    </MockedProvider>,
  );
}

describe('TeamDashboardPage', () => {
  it('tells someone with no direct reports that it is for managers, without asking the API', async () => {
    renderPage(viewer(0));
    expect(await screen.findByText('The team dashboard is for managers')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Go to your home page' }).getAttribute('href')).toBe('/');
  });

  it('says the same when the API answers that the viewer manages nobody any more', async () => {
    renderPage(viewer(2), {
      request: { query: TeamDashboardDocument },
      result: { errors: [new GraphQLError('You have no direct reports.', { extensions: { code: 'FORBIDDEN', reason: 'NOT_A_MANAGER' } })] },
    });
    expect(await screen.findByText('The team dashboard is for managers')).toBeTruthy();
  });

  it('shows a labelled loader, then an error in words with a way to try again', async () => {
    renderPage(viewer(2), { request: { query: TeamDashboardDocument }, error: new TypeError('Failed to fetch') });
    expect(await screen.findByRole('status', { name: 'Loading your team dashboard' })).toBeTruthy();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Your team dashboard could not be loaded');
    expect(alert.textContent).toContain('Onward could not reach the server');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});
