import '../../../test/jsdom-polyfills';
import type { MockedResponse } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { MemoryRouter } from 'react-router';
import { stubMatchMedia } from '../../../test/match-media-stub';
import { ViewerQuery } from '../../session/viewer-query';
import { OutsidePerspectiveDocument } from './outside-perspective-operations';
import { OutsidePerspectivePage } from './OutsidePerspectivePage';

beforeAll(stubMatchMedia);

jest.mock('../figures/FigureChart', () => ({ FigureChart: () => <div data-testid="chart" /> }));

const viewer = (reports: number, isAdmin = false) => ({
  request: { query: ViewerQuery },
  result: {
    data: {
      me: {
        __typename: 'Person',
        id: 'm1',
        name: 'Sam Lindqvist',
        email: 'sam@example.com',
        isAdmin,
        isLeader: false,
        status: 'ACTIVE',
        directReports: Array.from({ length: reports }, (_, i) => ({ __typename: 'Person', id: `r${i}` })),
      },
    },
  },
});

const refused = (scope: 'TEAM' | 'SUBTREE', reason: string): MockedResponse => ({
  request: { query: OutsidePerspectiveDocument, variables: { months: null, scope } },
  result: { errors: [new GraphQLError('Refused.', { extensions: { code: 'FORBIDDEN', reason } })] },
});

function renderPage(at: string, ...mocks: MockedResponse[]) {
  return render(
    <MockedProvider mocks={mocks}>
      <MantineProvider>
        <MemoryRouter initialEntries={[at]}>
          <OutsidePerspectivePage />
        </MemoryRouter>
      </MantineProvider>
    </MockedProvider>,
  );
}

describe('OutsidePerspectivePage', () => {
  it('tells a manager who leads no manager that everyone under them is for leaders, with the way back to their team', async () => {
    renderPage('/dashboards/outside?scope=subtree', viewer(2), refused('SUBTREE', 'NOT_A_LEADER'));
    expect(await screen.findByText('Everyone under you is for leaders')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Show my team' })).toBeTruthy();
  });

  it('asks for the whole organization for an admin who manages nobody', async () => {
    // The only answer mocked is to SUBTREE (a refusal, so the page shows which request it made).
    renderPage('/dashboards/outside', viewer(0, true), refused('SUBTREE', 'NOT_A_LEADER'));
    expect(await screen.findByText('Everyone under you is for leaders')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Show my team' })).toBeNull();
  });

  it('tells someone who is neither a manager nor an admin that it is for managers, without asking the API', async () => {
    renderPage('/dashboards/outside', viewer(0));
    expect(await screen.findByText('The outside perspective is for managers')).toBeTruthy();
  });
});
