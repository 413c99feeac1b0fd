import '../../../test/jsdom-polyfills';
import { MockedProvider } from '@apollo/client/testing/react';
import { useQuery } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { stubMatchMedia } from '../../../test/match-media-stub';
import { CompleteActionItemMutation, ReportActionItemsQuery } from '../../../shared/action-items/action-item-operations';
import { ActionItemsSection } from './ActionItemsSection';

beforeAll(stubMatchMedia);

const open = {
  __typename: 'ActionItem' as const,
  id: 'a1',
  text: 'Practise system design',
  owner: 'REPORT' as const,
  dueOn: '2026-12-15',
  done: false,
  doneAt: null,
  createdAt: '2026-11-20T10:00:00.000Z',
  debriefId: 'd1',
  conversationId: null,
  writtenByYou: false,
  report: { __typename: 'Person' as const, id: 'priya', name: 'Priya Raman' },
};

function ReportItems() {
  const { data } = useQuery(ReportActionItemsQuery, { variables: { reportId: 'priya', status: 'ALL' } });
  if (!data) return <p>Loading</p>;
  return <ActionItemsSection title="Action items" items={data.actionItems} viewerId="priya" emptyText="None yet." />;
}

function renderWith(completeResult: object) {
  const mocks = [
    { request: { query: ReportActionItemsQuery, variables: { reportId: 'priya', status: 'ALL' } }, result: { data: { actionItems: [open] } } },
    { request: { query: CompleteActionItemMutation, variables: { id: 'a1' } }, ...completeResult },
  ];
  return render(
    <MockedProvider mocks={mocks}>
      <MantineProvider>
        <MemoryRouter>
          <ReportItems />
        </MemoryRouter>
      </MantineProvider>
    </MockedProvider>,
  );
}

describe('ActionItemsSection', () => {
  it('moves an item to the done ones when its checkbox is ticked', async () => {
    renderWith({ result: { data: { completeActionItem: { ...open, done: true, doneAt: '2026-11-25T09:00:00.000Z' } } } });
    const checkbox = await screen.findByRole('checkbox', { name: 'Practise system design' });
    expect(screen.getByText('For you')).toBeTruthy();
    fireEvent.click(checkbox);
    expect(await screen.findByText('Nothing open: everything agreed is done.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Show 1 done' })).toBeTruthy();
  });

  it('puts the item back among the open ones when the server refuses', async () => {
    renderWith({ error: new Error('Failed to fetch'), delay: 100 });
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Practise system design' }));
    // Done at once (optimistically), then back among the open ones, unticked, when the server fails.
    expect(await screen.findByText('Nothing open: everything agreed is done.')).toBeTruthy();
    await waitFor(() => expect(screen.queryByText('Nothing open: everything agreed is done.')).toBeNull());
    const list = screen.getByRole('list', { name: 'Open: Action items' });
    expect((list.querySelector('input[type=checkbox]') as HTMLInputElement).checked).toBe(false);
    expect(screen.queryByRole('button', { name: /done/ })).toBeNull();
  });
});
