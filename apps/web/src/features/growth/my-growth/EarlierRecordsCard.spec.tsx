import '../../../test/jsdom-polyfills';
import { GraphQLError } from 'graphql';
import type { MockedResponse } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { stubMatchMedia } from '../../../test/match-media-stub';
import { EarlierRecordSharingQuery, ShareEarlierRecordsMutation, StopSharingEarlierRecordsMutation } from './earlier-records-operations';
import { EarlierRecordsCard } from './EarlierRecordsCard';

beforeAll(stubMatchMedia);

const sam = { __typename: 'Person' as const, id: 'sam', name: 'Sam Lindqvist' };
const maya = { __typename: 'Person' as const, id: 'maya', name: 'Maya Okafor' };

const sharing = (sharedWithCurrentManager: boolean, earlierRecordCount: number, history: object[] = []) => ({
  __typename: 'EarlierRecordSharing' as const,
  sharedWithCurrentManager,
  earlierRecordCount,
  history,
});
const share = (id: string, active: boolean, manager = sam) => ({
  __typename: 'RecordShare' as const,
  id,
  startedAt: '2026-11-02T12:00:00.000Z',
  endedAt: active ? null : '2026-11-20T12:00:00.000Z',
  endedReason: active ? null : 'MANAGER_CHANGED',
  active,
  manager,
});

const statusMock = (manager: typeof sam | null, state: object): MockedResponse => ({
  request: { query: EarlierRecordSharingQuery },
  result: { data: { me: { __typename: 'Person', id: 'leo', manager }, earlierRecordSharing: state } },
});

function renderCard(mocks: MockedResponse[]) {
  return render(
    <MockedProvider mocks={mocks}>
      <MantineProvider>
        <EarlierRecordsCard />
      </MantineProvider>
    </MockedProvider>,
  );
}

describe('EarlierRecordsCard', () => {
  it('lets the report share their earlier records with their manager, then stop', async () => {
    const earlier = share('s0', false, maya);
    renderCard([
      statusMock(sam, sharing(false, 2, [earlier])),
      { request: { query: ShareEarlierRecordsMutation }, result: { data: { shareEarlierRecords: sharing(true, 2, [share('s1', true), earlier]) } } },
      { request: { query: StopSharingEarlierRecordsMutation }, result: { data: { stopSharingEarlierRecords: sharing(false, 2, [{ ...share('s1', false), endedReason: 'STOPPED' }, earlier]) } } },
    ]);
    expect(await screen.findByText('Sam Lindqvist does not see your 2 debriefs and conversations with earlier managers, or their action items.')).toBeTruthy();
    expect(screen.getByText('Private')).toBeTruthy();
    const history = screen.getByRole('list', { name: 'Sharing history' });
    expect(within(history).getByText('Maya Okafor')).toBeTruthy();
    expect(within(history).getByText(/Ended when your manager changed/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Let Sam Lindqvist see them' }));
    expect(await screen.findByText('Sam Lindqvist sees your 2 debriefs and conversations with earlier managers, and their action items.')).toBeTruthy();
    expect(screen.getByText('Shared with Sam')).toBeTruthy();
    expect(within(screen.getByRole('list', { name: 'Sharing history' })).getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getByText(/Shared now/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Stop sharing' }));
    expect(await screen.findByRole('button', { name: 'Let Sam Lindqvist see them' })).toBeTruthy();
    expect(screen.getByText(/You stopped sharing/)).toBeTruthy();
  });

  it('keeps a long history short until asked', async () => {
    renderCard([statusMock(sam, sharing(false, 1, [share('s4', false), share('s3', false), share('s2', false), share('s1', false, maya)]))]);
    const history = await screen.findByRole('list', { name: 'Sharing history' });
    expect(within(history).getAllByRole('listitem')).toHaveLength(3);
    fireEvent.click(screen.getByRole('button', { name: 'Show 1 earlier' }));
    expect(within(history).getAllByRole('listitem')).toHaveLength(4);
    expect(within(history).getByText('Maya Okafor')).toBeTruthy();
  });

  it('offers nothing to press without a manager, and says why', async () => {
    renderCard([statusMock(null, sharing(false, 3))]);
    expect(await screen.findByText(/You have 3 debriefs and conversations with earlier managers\. Only you can see them: you have no manager in Onward/)).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('says so when there are no earlier records', async () => {
    renderCard([statusMock(sam, sharing(false, 0))]);
    expect(await screen.findByText(/You have no debriefs or conversations with an earlier manager/)).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.queryByRole('list', { name: 'Sharing history' })).toBeNull();
  });

  it('shows the API’s reason when a change is refused', async () => {
    renderCard([
      statusMock(sam, sharing(false, 1)),
      {
        request: { query: ShareEarlierRecordsMutation },
        result: { errors: [new GraphQLError('You have no manager in Onward to share with.', { extensions: { code: 'CONFLICT', reason: 'NO_MANAGER' } })] },
      },
      statusMock(null, sharing(false, 1)),
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Let Sam Lindqvist see them' }));
    expect((await screen.findByRole('alert')).textContent).toContain('You have no manager in Onward to share with.');
    // The state is read again: the manager is gone, so is the button.
    expect(await screen.findByText(/you have no manager in Onward right now/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Let .* see them/ })).toBeNull();
  });

  it('shows a loading state, then an error in words with a way to try again', async () => {
    renderCard([{ request: { query: EarlierRecordSharingQuery }, error: new TypeError('Failed to fetch') }]);
    expect(screen.getByRole('status', { name: 'Loading your records with earlier managers' })).toBeTruthy();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Onward could not reach the server');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});
