import '../../test/jsdom-polyfills';
import { MantineProvider } from '@mantine/core';
import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { Link, MemoryRouter, Route, Routes, useNavigate } from 'react-router';
import { stubMatchMedia } from '../../test/match-media-stub';
import { hasChanged, SAVED_FORM, useUnsavedChangesGuard } from './useUnsavedChangesGuard';

beforeAll(stubMatchMedia);

function Form() {
  const [text, setText] = useState('');
  const navigate = useNavigate();
  const dialog = useUnsavedChangesGuard(text !== '');
  return (
    <>
      {dialog}
      <label>
        Notes
        <input value={text} onChange={(e) => setText(e.currentTarget.value)} />
      </label>
      <Link to="/elsewhere">Elsewhere</Link>
      <button type="button" onClick={() => void navigate('/saved', { state: SAVED_FORM })}>
        Save
      </button>
    </>
  );
}

function renderForm() {
  return render(
    <MantineProvider>
      <MemoryRouter initialEntries={['/form']}>
        <Routes>
          <Route path="/form" element={<Form />} />
          <Route path="/elsewhere" element={<h1>Elsewhere page</h1>} />
          <Route path="/saved" element={<h1>Saved page</h1>} />
        </Routes>
      </MemoryRouter>
    </MantineProvider>,
  );
}

describe('useUnsavedChangesGuard', () => {
  it('lets an untouched form go without asking', async () => {
    renderForm();
    fireEvent.click(screen.getByRole('link', { name: 'Elsewhere' }));
    expect(await screen.findByRole('heading', { name: 'Elsewhere page' })).toBeTruthy();
  });

  it('asks before leaving a dirty form; keeping on editing stays, leaving goes', async () => {
    renderForm();
    fireEvent.change(screen.getByLabelText('Notes'), { target: { value: 'Half a thought' } });
    fireEvent.click(screen.getByRole('link', { name: 'Elsewhere' }));
    const dialog = await screen.findByRole('dialog', { name: 'Leave without saving?' });
    expect(dialog.textContent).toContain('has not been saved');
    fireEvent.click(screen.getByRole('button', { name: 'Keep editing' }));
    expect((screen.getByLabelText('Notes') as HTMLInputElement).value).toBe('Half a thought');

    fireEvent.click(screen.getByRole('link', { name: 'Elsewhere' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Leave without saving' }));
    expect(await screen.findByRole('heading', { name: 'Elsewhere page' })).toBeTruthy();
  });

  it('does not ask on the navigation that follows a save', async () => {
    renderForm();
    fireEvent.change(screen.getByLabelText('Notes'), { target: { value: 'Saved text' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('heading', { name: 'Saved page' })).toBeTruthy();
  });

  it('tells a changed form from an untouched one', () => {
    expect(hasChanged({ a: '', b: [] }, { a: '', b: [] })).toBe(false);
    expect(hasChanged({ a: 'x', b: [] }, { a: '', b: [] })).toBe(true);
  });
});
