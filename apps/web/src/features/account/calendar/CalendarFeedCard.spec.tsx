import '../../../test/jsdom-polyfills';
import type { MockedResponse } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { stubMatchMedia } from '../../../test/match-media-stub';
import { CreateCalendarFeedMutation, MyCalendarFeedQuery, RevokeCalendarFeedMutation } from './calendar-operations';
import { CalendarFeedCard } from './CalendarFeedCard';

beforeAll(stubMatchMedia);

const URL = 'https://onward.example/calendar/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcdefg.ics';
const created = { request: { query: CreateCalendarFeedMutation }, result: { data: { createCalendarFeed: { __typename: 'CalendarFeedLink', url: URL, createdAt: '2026-11-27T09:00:00.000Z' } } } };

function renderCard(feed: { createdAt: string } | null | Error, ...more: MockedResponse[]) {
  const first = feed instanceof Error ? { error: feed } : { result: { data: { myCalendarFeed: feed && { __typename: 'CalendarFeed', ...feed } } } };
  return render(
    <MockedProvider mocks={[{ request: { query: MyCalendarFeedQuery }, ...first }, ...more]}>
      <MantineProvider>
        <CalendarFeedCard />
      </MantineProvider>
    </MockedProvider>,
  );
}

describe('CalendarFeedCard', () => {
  it('makes an address and shows it once, to copy', async () => {
    renderCard(null, created);
    expect(screen.getByRole('status', { name: 'Loading your calendar feed' })).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: 'Make a calendar address' }));
    expect(((await screen.findByRole('textbox', { name: 'Calendar address' })) as HTMLInputElement).value).toBe(URL);
    expect(screen.getByRole('button', { name: 'Copy address' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Stop this address' })).toBeTruthy();
  });

  it('says an address exists without showing it, and can stop it', async () => {
    renderCard({ createdAt: '2026-11-20T09:00:00.000Z' }, { request: { query: RevokeCalendarFeedMutation }, result: { data: { revokeCalendarFeed: true } } });
    expect(await screen.findByText(/You made a calendar address on/)).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: 'Calendar address' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Stop this address' }));
    expect(await screen.findByText('You have no calendar address.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Make a calendar address' })).toBeTruthy();
  });

  it('says in words when making one failed', async () => {
    renderCard(null, { request: { query: CreateCalendarFeedMutation }, error: new TypeError('Failed to fetch') });
    fireEvent.click(await screen.findByRole('button', { name: 'Make a calendar address' }));
    expect((await screen.findByRole('alert')).textContent).toContain('could not reach the server');
  });

  it('offers to try again when it could not be loaded', async () => {
    renderCard(new TypeError('Failed to fetch'));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});
