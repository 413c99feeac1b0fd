import '../../../test/jsdom-polyfills';
import { MantineProvider } from '@mantine/core';
import { fireEvent, render, screen } from '@testing-library/react';
import { stubMatchMedia } from '../../../test/match-media-stub';
import { chosenScope, parseScope, scopeLabel, ScopeSwitch } from './ScopeSwitch';

beforeAll(stubMatchMedia);

describe('the outside perspective’s scope', () => {
  it.each([
    ['subtree', 'SUBTREE'],
    ['team', 'TEAM'],
    ['SUBTREE', null],
    ['everyone', null],
    [null, null],
  ])('%j in the address reads as %j', (raw, scope) => {
    expect(parseScope(raw)).toBe(scope);
  });

  it('asks for the team of a manager, the organization of an admin who manages nobody, the address’s choice otherwise', () => {
    expect([chosenScope(null, true), chosenScope(null, false), chosenScope('SUBTREE', true), chosenScope('TEAM', false)]).toEqual(['TEAM', 'SUBTREE', 'SUBTREE', 'TEAM']);
  });

  it('calls a leader’s subtree everyone under them and an admin’s the whole organization', () => {
    expect([scopeLabel('TEAM', false), scopeLabel('SUBTREE', false), scopeLabel('SUBTREE', true)]).toEqual(['My team', 'Everyone under me', 'Whole organization']);
  });

  it('offers a labelled choice of the scopes allowed, and nothing with only one', () => {
    const onChange = jest.fn();
    const { rerender } = render(
      <MantineProvider>
        <ScopeSwitch scope="TEAM" scopes={['TEAM', 'SUBTREE']} isAdmin={false} onChange={onChange} />
      </MantineProvider>,
    );
    const group = screen.getByRole('radiogroup', { name: 'Whose debriefs' });
    expect(group).toBeTruthy();
    expect((screen.getByRole('radio', { name: 'My team' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('radio', { name: 'Everyone under me' }));
    expect(onChange).toHaveBeenCalledWith('SUBTREE');
    rerender(
      <MantineProvider>
        <ScopeSwitch scope="SUBTREE" scopes={['SUBTREE']} isAdmin onChange={onChange} />
      </MantineProvider>,
    );
    expect(screen.queryByRole('radiogroup')).toBeNull();
  });
});
