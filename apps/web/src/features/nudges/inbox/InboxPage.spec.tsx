import '../../../test/jsdom-polyfills';
import type { MockedResponse } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import type { NudgeStatus } from '../../../generated/gql/graphql';
import { stubMatchMedia } from '../../../test/match-media-stub';
import { OpenNudgeCountQuery } from '../live/live-inbox-operations';
import { DismissNudgeMutation, InboxQuery, SnoozeNudgeMutation } from './inbox-operations';
import { InboxPage, INBOX_PAGE_SIZE } from './InboxPage';

beforeAll(stubMatchMedia);

const nudge = (id: string, more: Partial<Record<string, unknown>> = {}) => ({
  __typename: 'Nudge' as const,
  id,
  kind: 'ROLE_SHARED' as const,
  status: 'OPEN' as NudgeStatus,
  reportName: 'Priya Raman',
  roleTitle: 'Staff Engineer at Globex',
  dueOn: null,
  raisedAt: '2026-11-20T10:00:00.000Z',
  resolvedAt: null,
  snoozedUntil: null,
  target: { __typename: 'NudgeTarget' as const, action: 'OPEN_ROLE' as const, reportId: 'r1', roleId: 'role-1' },
  ...more,
});

const page = (nodes: ReturnType<typeof nudge>[]) => ({
  data: {
    myNudges: {
      __typename: 'NudgeConnection' as const,
      totalCount: nodes.length,
      pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: null },
      edges: nodes.map((node) => ({ __typename: 'NudgeEdge' as const, cursor: `c-${node.id}`, node })),
    },
  },
});

const inbox = (status: NudgeStatus, nodes: ReturnType<typeof nudge>[] | Error): MockedResponse => ({
  request: { query: InboxQuery, variables: { status, first: INBOX_PAGE_SIZE } },
  ...(nodes instanceof Error ? { error: nodes } : { result: page(nodes) }),
});

/** The count read again after a snooze or a dismissal. */
const openCount = (count: number): MockedResponse => ({ request: { query: OpenNudgeCountQuery }, result: { data: { openNudgeCount: count } } });

function renderInbox(address: string, ...mocks: MockedResponse[]) {
  return render(
    <MockedProvider mocks={mocks}>
      <MantineProvider>
        <MemoryRouter initialEntries={[address]}>
          <InboxPage />
        </MemoryRouter>
      </MantineProvider>
    </MockedProvider>,
  );
}

const items = (label: string) => within(screen.getByRole('list', { name: label })).getAllByRole('listitem');

describe('InboxPage', () => {
  it('lists the open nudges in words, each with the way to act on it', async () => {
    const practice = nudge('n2', { kind: 'PRACTICE_OVERDUE', roleTitle: null, dueOn: '2026-10-01', target: { __typename: 'NudgeTarget', action: 'HOLD_PRACTICE_CONVERSATION', reportId: 'r1', roleId: null } });
    renderInbox('/inbox', inbox('OPEN', [nudge('n1'), practice]));
    expect(screen.getByRole('status', { name: 'Loading your open nudges' })).toBeTruthy();
    await screen.findByText('Priya Raman shared “Staff Engineer at Globex” with you.');
    expect(items('Open nudges')).toHaveLength(2);
    expect(screen.getByRole('link', { name: 'Open the role' }).getAttribute('href')).toBe('/roles/role-1');
    expect(screen.getByRole('link', { name: 'Start the practice conversation' }).getAttribute('href')).toBe('/team/r1/conversations/new?kind=INTERVIEW_PRACTICE');
    expect(screen.getAllByRole('button', { name: 'Snooze' })).toHaveLength(2);
    expect(screen.getByText('2 open nudges')).toBeTruthy();
  });

  it('shows the filter the address names, with its own empty state', async () => {
    renderInbox('/inbox?show=resolved', inbox('RESOLVED', []));
    expect(await screen.findByText(/Nothing resolved yet/)).toBeTruthy();
    expect((screen.getByRole('radio', { name: 'Resolved' }) as HTMLInputElement).checked).toBe(true);
  });

  it('dismisses a nudge and takes it off the open list at once', async () => {
    renderInbox('/inbox', inbox('OPEN', [nudge('n1'), nudge('n2', { roleTitle: 'Principal Engineer at Hooli', target: { __typename: 'NudgeTarget', action: 'OPEN_ROLE', reportId: 'r1', roleId: 'role-2' } })]), {
      request: { query: DismissNudgeMutation, variables: { id: 'n1' } },
      result: { data: { dismissNudge: nudge('n1', { status: 'DISMISSED' }) } },
    }, openCount(1));
    await screen.findByText('Priya Raman shared “Staff Engineer at Globex” with you.');
    fireEvent.click(screen.getAllByRole('button', { name: 'Dismiss' })[0]);
    await waitFor(() => expect(items('Open nudges')).toHaveLength(1));
    expect(screen.queryByText('Priya Raman shared “Staff Engineer at Globex” with you.')).toBeNull();
  });

  it('snoozes for a week from the menu', async () => {
    renderInbox('/inbox', inbox('OPEN', [nudge('n1')]), inbox('OPEN', []), {
      request: { query: SnoozeNudgeMutation, variables: { id: 'n1', input: { duration: 'ONE_WEEK' } } },
      result: { data: { snoozeNudge: nudge('n1', { status: 'SNOOZED', snoozedUntil: '2026-11-27T10:00:00.000Z' }) } },
    }, openCount(0));
    fireEvent.click(await screen.findByRole('button', { name: 'Snooze' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'For a week' }));
    expect(await screen.findByText(/Nothing needs you right now/)).toBeTruthy();
  });

  it('says in words when the inbox could not be loaded, with a way to try again', async () => {
    renderInbox('/inbox', inbox('OPEN', new TypeError('Failed to fetch')));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('could not reach the server');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});
