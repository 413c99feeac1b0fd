import '../../../test/jsdom-polyfills';
import type { MockedResponse } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { Notifications, notifications } from '@mantine/notifications';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { stubMatchMedia } from '../../../test/match-media-stub';
import { MyNotificationSettingsQuery, UpdateMyNotificationSettingsMutation } from './notification-operations';
import { NotificationSettingsCard } from './NotificationSettingsCard';

beforeAll(stubMatchMedia);
// Shown notifications live in a store shared by every render; each test starts without them.
afterEach(() => notifications.clean());

const KINDS = ['PRACTICE_DUE_SOON', 'PRACTICE_OVERDUE', 'DEBRIEF_PENDING', 'SATISFACTION_TALK_SUGGESTED', 'ROLE_SHARED'] as const;
const settings = (changes: { emailEnabled?: boolean; delivery?: 'IMMEDIATE' | 'DAILY_DIGEST'; off?: string[] } = {}) => ({
  __typename: 'NotificationSettings' as const,
  emailEnabled: changes.emailEnabled ?? true,
  delivery: changes.delivery ?? 'IMMEDIATE',
  kinds: KINDS.map((kind) => ({ __typename: 'NudgeEmailSetting' as const, kind, email: !(changes.off ?? []).includes(kind) })),
});

function renderCard(loaded: object | Error, ...more: MockedResponse[]) {
  const first = loaded instanceof Error ? { error: loaded } : { result: { data: { myNotificationSettings: loaded } } };
  return render(
    <MockedProvider mocks={[{ request: { query: MyNotificationSettingsQuery }, ...first }, ...more]}>
      <MantineProvider>
        <Notifications />
        <NotificationSettingsCard />
      </MantineProvider>
    </MockedProvider>,
  );
}

describe('NotificationSettingsCard', () => {
  it('shows a loading state, then every kind with its choice', async () => {
    renderCard(settings({ off: ['ROLE_SHARED'] }));
    expect(screen.getByRole('status', { name: 'Loading your email settings' })).toBeTruthy();
    const roleShared = await screen.findByRole('checkbox', { name: 'A report shared a role with you' });
    expect((roleShared as HTMLInputElement).checked).toBe(false);
    expect((screen.getByRole('checkbox', { name: 'Interview practice with a report is overdue' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('radio', { name: /One email per nudge/ }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('button', { name: 'Save email settings' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('saves every choice at once and says so', async () => {
    const saved = settings({ delivery: 'DAILY_DIGEST', off: ['DEBRIEF_PENDING'] });
    renderCard(settings(), {
      request: {
        query: UpdateMyNotificationSettingsMutation,
        variables: { input: { emailEnabled: true, delivery: 'DAILY_DIGEST', kinds: saved.kinds.map(({ kind, email }) => ({ kind, email })) } },
      },
      result: { data: { updateMyNotificationSettings: saved } },
    });
    fireEvent.click(await screen.findByRole('checkbox', { name: 'An interview is waiting for its debrief' }));
    fireEvent.click(screen.getByRole('radio', { name: /A daily digest/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Save email settings' }));
    expect(await screen.findByText('Email settings saved.')).toBeTruthy();
    await waitFor(() => expect((screen.getByRole('button', { name: 'Save email settings' }) as HTMLButtonElement).disabled).toBe(true));
  });

  it('greys out the choices while email is off', async () => {
    renderCard(settings({ emailEnabled: false }));
    const kinds = await screen.findByRole('checkbox', { name: 'A report shared a role with you' });
    expect((kinds as HTMLInputElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('switch', { name: 'Email me about my team' }));
    expect((screen.getByRole('checkbox', { name: 'A report shared a role with you' }) as HTMLInputElement).disabled).toBe(false);
  });

  it('says in words when saving failed, and keeps the choices made', async () => {
    renderCard(settings(), {
      request: { query: UpdateMyNotificationSettingsMutation, variables: { input: { emailEnabled: false, delivery: 'IMMEDIATE', kinds: KINDS.map((kind) => ({ kind, email: true })) } } },
      error: new TypeError('Failed to fetch'),
    });
    fireEvent.click(await screen.findByRole('switch', { name: 'Email me about my team' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save email settings' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('could not reach the server');
    expect((screen.getByRole('switch', { name: 'Email me about my team' }) as HTMLInputElement).checked).toBe(false);
  });

  it('offers to try again when the settings could not be loaded', async () => {
    renderCard(new TypeError('Failed to fetch'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Your email settings could not be loaded');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});
