import '../../../test/jsdom-polyfills';
import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { stubMatchMedia } from '../../../test/match-media-stub';
import { LiveInboxSubscription, OpenNudgeCountQuery } from '../live/live-inbox-operations';
import { bellBadge, bellLabel } from './bell-label';
import { NudgeBell } from './NudgeBell';

beforeAll(stubMatchMedia);

const change = (openCount: number) => ({ data: { nudgesChanged: { __typename: 'NudgeInboxChange' as const, openCount, noLongerOpenIds: [], newlyOpen: [] } } });

/** The subscription's events; with none, one that never comes (the socket stays quiet). */
const liveMocks = (events: ReturnType<typeof change>[]) =>
  (events.length ? events : [change(0)]).map((result) => ({ request: { query: LiveInboxSubscription }, result, delay: events.length ? 20 : Infinity }));

function renderBell(count: number | Error, ...events: ReturnType<typeof change>[]) {
  const first = count instanceof Error ? { error: count } : { result: { data: { openNudgeCount: count } } };
  return render(
    <MockedProvider mocks={[{ request: { query: OpenNudgeCountQuery }, ...first }, ...liveMocks(events)]}>
      <MantineProvider>
        <MemoryRouter>
          <NudgeBell />
        </MemoryRouter>
      </MantineProvider>
    </MockedProvider>,
  );
}

describe('NudgeBell', () => {
  it('leads to the inbox and says how many nudges are open', async () => {
    renderBell(2);
    const bell = await screen.findByRole('link', { name: 'Inbox: 2 open nudges' });
    expect(bell.getAttribute('href')).toBe('/inbox');
    expect(screen.getByRole('status').textContent).toBe('Inbox: 2 open nudges');
  });

  it('follows the count a live change brings, without asking again', async () => {
    renderBell(2, change(3));
    expect(await screen.findByRole('link', { name: 'Inbox: 3 open nudges' })).toBeTruthy();
  });

  it('still leads to the inbox when the count could not be loaded', async () => {
    renderBell(new TypeError('Failed to fetch'));
    expect(await screen.findByRole('link', { name: 'Inbox (the number of open nudges could not be loaded)' })).toBeTruthy();
  });
});

describe('bell words', () => {
  it.each([
    [undefined, 'Inbox', null],
    [0, 'Inbox: no open nudges', null],
    [1, 'Inbox: 1 open nudge', '1'],
    [140, 'Inbox: 140 open nudges', '99+'],
  ])('%s → %s, badge %s', (count, label, badge) => {
    expect(bellLabel(count, false)).toBe(label);
    expect(bellBadge(count)).toBe(badge);
  });
});
