import '../../../test/jsdom-polyfills';
import { MantineProvider } from '@mantine/core';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import type { SharedRoleSummaryFieldsFragment } from '../../../generated/gql/graphql';
import { stubMatchMedia } from '../../../test/match-media-stub';
import { SharedRolesList } from './SharedRolesList';

beforeAll(stubMatchMedia);

const role = (id: string, title: string, unread: boolean): SharedRoleSummaryFieldsFragment => ({
  id,
  title,
  company: 'Lumen Pay',
  isShared: true,
  sharedAt: '2026-11-20T10:00:00.000Z',
  unread,
  stretch: 'STEP_UP',
  trackChange: true,
  satisfactionConversationSuggested: false,
  level: { id: 'l4', key: 'IC4', name: 'Staff' },
  owner: { id: 'priya', name: 'Priya Raman' },
});

function renderList(roles: SharedRoleSummaryFieldsFragment[]) {
  return render(
    <MantineProvider>
      <MemoryRouter>
        <SharedRolesList roles={roles} />
      </MemoryRouter>
    </MantineProvider>,
  );
}

describe('SharedRolesList', () => {
  it('marks a role shared since the manager last opened it as New, in words', () => {
    renderList([role('a', 'Staff Engineer', true), role('b', 'Senior Engineer', false)]);
    const [unread, read] = screen.getAllByRole('listitem');
    expect(within(unread).getByText('New')).toBeTruthy();
    expect(unread.getAttribute('aria-label')).toBe('Staff Engineer, shared by Priya Raman, new');
    expect(within(read).queryByText('New')).toBeNull();
    expect(read.getAttribute('aria-label')).toBe('Senior Engineer, shared by Priya Raman');
  });

  it('keeps the stretch and track badges and links each entry to its role', () => {
    renderList([role('a', 'Staff Engineer', false)]);
    const entry = screen.getByRole('listitem');
    expect(within(entry).getByText('Step up')).toBeTruthy();
    expect(within(entry).getByText('Track change')).toBeTruthy();
    expect(within(entry).getByRole('link', { name: 'Staff Engineer' }).getAttribute('href')).toBe('/roles/a');
  });
});
