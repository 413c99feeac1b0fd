import '../../test/jsdom-polyfills';
import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { Notifications, notifications } from '@mantine/notifications';
import { fireEvent, render, screen } from '@testing-library/react';
import { stubMatchMedia } from '../../test/match-media-stub';
import { OrganizationSettingsForm } from './OrganizationSettingsForm';

beforeAll(stubMatchMedia);
afterEach(() => notifications.clean());

const organization = { __typename: 'Organization' as const, id: 'org-1', name: 'Northwind', practiceCadenceMonths: 12, anonymityThreshold: 5, timeZone: 'Europe/Berlin' };

function renderForm() {
  // No mocked responses: a mutation sent would fail and show an error instead of the field's message.
  return render(
    <MockedProvider mocks={[]}>
      <MantineProvider>
        <Notifications />
        <OrganizationSettingsForm organization={organization} />
      </MantineProvider>
    </MockedProvider>,
  );
}

describe('OrganizationSettingsForm', () => {
  it.each([
    ['a threshold below 3', 'Anonymity threshold', '2', /from 3 to 100: below 3, a dashboard figure could point at one person/],
    ['a threshold above 100', 'Anonymity threshold', '101', /from 3 to 100/],
    ['a cadence of 0 months', 'Practice cadence (months)', '0', /from 1 to 36/],
  ])('refuses %s in words, keeps what was typed and saves nothing', async (_name, label, typed, message) => {
    renderForm();
    const input = screen.getByRole('textbox', { name: label }) as HTMLInputElement;
    fireEvent.change(input, { target: { value: typed } });
    fireEvent.blur(input);
    expect(input.value).toBe(typed); // not silently clamped to the nearest allowed value
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText(message)).toBeTruthy();
    expect(screen.queryByText('Settings saved.')).toBeNull();
  });
});
