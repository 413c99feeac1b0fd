import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { stubMatchMedia } from '../../../test/match-media-stub';
import { ChecklistSummary } from './ChecklistSummary';
import type { Role } from './role-page-types';

beforeAll(stubMatchMedia);

const checklist: Role['checklist'] = {
  toldNotLooking: true,
  myWhy: 'Healthcare mission.',
  whyTheyReachedOut: null,
  jobDescriptionReceived: false,
  whatWouldItTake: null,
  whatWouldItTakeShared: false,
  nothingWouldMakeMeMove: false,
};

function renderWith(answers: Partial<Role['checklist']>) {
  const role = { checklist: { ...checklist, ...answers } } as Role;
  return render(
    <MantineProvider>
      <ChecklistSummary role={role} ownerFirstName="Priya" />
    </MantineProvider>,
  );
}

describe('ChecklistSummary (what a manager sees)', () => {
  it('leaves out “what would it take” when the report keeps it private', () => {
    renderWith({});
    expect(screen.getByText('Healthcare mission.')).toBeTruthy();
    expect(screen.queryByText(/what would it take/i)).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows a shared answer, and warns in the report’s name when it says nothing would make them move', () => {
    renderWith({ whatWouldItTake: 'Nothing would.', whatWouldItTakeShared: true, nothingWouldMakeMeMove: true });
    expect(screen.getByText('What would it take to move')).toBeTruthy();
    expect(screen.getByText('Nothing would.')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('Priya said nothing would make them move');
  });
});
