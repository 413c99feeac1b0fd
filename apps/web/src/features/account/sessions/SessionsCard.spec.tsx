import '../../../test/jsdom-polyfills';
import type { MockedResponse } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { stubMatchMedia } from '../../../test/match-media-stub';
import { EndOtherSessionsMutation, EndSessionMutation, MySessionsQuery } from './session-operations';
import { SessionsCard } from './SessionsCard';

beforeAll(stubMatchMedia);

const session = (id: string, device: string | null, current = false) => ({
  __typename: 'Session' as const,
  id,
  device,
  current,
  signedInAt: '2026-11-20T10:00:00.000Z',
  lastUsedAt: '2026-11-24T10:00:00.000Z',
});
const HERE = session('s-here', 'Firefox on Linux', true);
const PHONE = session('s-phone', 'Safari on iPhone');
const OLD = session('s-old', null);

function renderCard(sessions: object[] | Error, ...more: MockedResponse[]) {
  const list = sessions instanceof Error ? { error: sessions } : { result: { data: { mySessions: sessions } } };
  return render(
    <MockedProvider mocks={[{ request: { query: MySessionsQuery }, ...list }, ...more]}>
      <MantineProvider>
        <SessionsCard />
      </MantineProvider>
    </MockedProvider>,
  );
}

const rows = () => within(screen.getByRole('list', { name: 'Your sessions' })).getAllByRole('listitem');

describe('SessionsCard', () => {
  it('shows a loading state, then this device first and the others with a way to sign them out', async () => {
    renderCard([HERE, PHONE, OLD]);
    expect(screen.getByRole('status', { name: 'Loading your sessions' })).toBeTruthy();
    await screen.findByText('Safari on iPhone');
    expect(rows().map((row) => row.textContent)).toEqual([
      expect.stringContaining('Firefox on LinuxThis device'),
      expect.stringContaining('Safari on iPhone'),
      expect.stringContaining('Unknown browser'),
    ]);
    expect(within(rows()[0]).queryByRole('button')).toBeNull();
    expect(screen.getByRole('button', { name: /^Sign out Safari on iPhone, last used/ })).toBeTruthy();
  });

  it('signs one session out and drops it from the list', async () => {
    renderCard([HERE, PHONE, OLD], { request: { query: EndSessionMutation, variables: { id: 's-phone' } }, result: { data: { endSession: 's-phone' } } });
    fireEvent.click(await screen.findByRole('button', { name: /^Sign out Safari on iPhone/ }));
    await waitFor(() => expect(screen.queryByText('Safari on iPhone')).toBeNull());
    expect(rows()).toHaveLength(2);
    expect(screen.getByRole('button', { name: /^Sign out Unknown browser/ })).toBeTruthy();
  });

  it('signs out everywhere else, leaving this device and saying so', async () => {
    renderCard([HERE, PHONE, OLD], { request: { query: EndOtherSessionsMutation }, result: { data: { endOtherSessions: ['s-phone', 's-old'] } } });
    fireEvent.click(await screen.findByRole('button', { name: 'Sign out everywhere else' }));
    expect(await screen.findByText('You are not signed in anywhere else.')).toBeTruthy();
    expect(rows()).toHaveLength(1);
    expect(screen.queryByRole('button', { name: 'Sign out everywhere else' })).toBeNull();
  });

  it('says in words when signing out failed, and keeps the session listed', async () => {
    renderCard([HERE, PHONE], { request: { query: EndSessionMutation, variables: { id: 's-phone' } }, error: new TypeError('Failed to fetch') });
    fireEvent.click(await screen.findByRole('button', { name: /^Sign out Safari on iPhone/ }));
    expect((await screen.findByRole('alert')).textContent).toContain('could not reach the server');
    expect(rows()).toHaveLength(2);
  });

  it('has an empty state when this is the only session', async () => {
    renderCard([HERE]);
    expect(await screen.findByText('You are not signed in anywhere else.')).toBeTruthy();
  });

  it('offers to try again when the list could not be loaded', async () => {
    renderCard(new TypeError('Failed to fetch'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Your sessions could not be loaded');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});
