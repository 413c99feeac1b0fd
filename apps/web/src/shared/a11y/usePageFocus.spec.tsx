import '../../test/jsdom-polyfills';
import { act, render, screen, waitFor } from '@testing-library/react';
import { StrictMode, useState } from 'react';
import { MemoryRouter, Route, Routes, useNavigate } from 'react-router';
import { recoverFocusAfterDialog, trackFocusedSection } from './focus';
import { usePageFocus } from './usePageFocus';

function Frame() {
  usePageFocus();
  const navigate = useNavigate();
  const [late, setLate] = useState(false);
  return (
    <>
      <nav>
        <button onClick={() => void navigate('/roles')}>Roles</button>
        <button onClick={() => void navigate('/roles?search=staff')}>Search</button>
        <button onClick={() => void navigate('/late')}>Late</button>
        <button onClick={() => setLate(true)}>Show late heading</button>
      </nav>
      <main id="main-content">
        <Routes>
          <Route path="/" element={<h1>Home</h1>} />
          <Route path="/roles" element={<h1>My roles</h1>} />
          <Route path="/late" element={late ? <h1>Late page</h1> : <p>Loading</p>} />
        </Routes>
      </main>
    </>
  );
}

const heading = (name: string) => screen.getByRole('heading', { name, level: 1 });

describe('focus after a navigation', () => {
  it('stays put on first load, moves to the new page’s heading when the pathname changes, not when only the query does', async () => {
    render(
      <MemoryRouter initialEntries={['/']}>
        <Frame />
      </MemoryRouter>,
    );
    expect(document.activeElement).toBe(document.body);

    const roles = screen.getByRole('button', { name: 'Roles' });
    roles.focus();
    act(() => roles.click());
    await waitFor(() => expect(document.activeElement).toBe(heading('My roles')));
    // Focusable from script only: the heading is not a new tab stop.
    expect(heading('My roles').getAttribute('tabindex')).toBe('-1');

    const search = screen.getByRole('button', { name: 'Search' });
    search.focus();
    act(() => search.click());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(document.activeElement).toBe(search);
  });

  it('waits for the heading of a page that is still loading', async () => {
    render(
      <MemoryRouter initialEntries={['/']}>
        <Frame />
      </MemoryRouter>,
    );
    const late = screen.getByRole('button', { name: 'Late' });
    late.focus();
    act(() => late.click());
    await new Promise((resolve) => setTimeout(resolve, 50));
    act(() => screen.getByRole('button', { name: 'Show late heading' }).click());
    await waitFor(() => expect(document.activeElement).toBe(heading('Late page')));
  });
});

/** A page with a frame of its own (like the sign-in pages' card): each navigation mounts a new one. */
function OwnFramePage({ title, to }: { title: string; to: string }) {
  usePageFocus();
  const navigate = useNavigate();
  return (
    <main>
      <h1>{title}</h1>
      <button onClick={() => void navigate(to)}>Next</button>
    </main>
  );
}

describe('focus after a navigation between pages that each mount their own frame', () => {
  it('moves to the new heading, also under strict mode', async () => {
    // The previous test ended on /late: starting there, this first render is no navigation.
    render(
      <StrictMode>
        <MemoryRouter initialEntries={['/late']}>
          <Routes>
            <Route path="/late" element={<OwnFramePage title="Log in" to="/signup" />} />
            <Route path="/signup" element={<OwnFramePage title="Create an organization" to="/late" />} />
          </Routes>
        </MemoryRouter>
      </StrictMode>,
    );
    expect(document.activeElement).toBe(document.body);
    const next = screen.getByRole('button', { name: 'Next' });
    next.focus();
    act(() => next.click());
    await waitFor(() => expect(document.activeElement).toBe(heading('Create an organization')));
  });
});

describe('focus after a dialog', () => {
  it('goes to the heading of the section it was opened from when focus fell to <body>', async () => {
    render(
      <main id="main-content">
        <h1>Role</h1>
        <section>
          <h2>Sharing</h2>
          <button>Share</button>
        </section>
      </main>,
    );
    const stop = trackFocusedSection();
    const share = screen.getByRole('button', { name: 'Share' });
    share.focus();
    share.remove();
    expect(document.activeElement).toBe(document.body);
    recoverFocusAfterDialog();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Sharing' })));
    stop();
  });

  it('leaves focus alone when Mantine returned it to the trigger', async () => {
    render(
      <main id="main-content">
        <h1>Role</h1>
        <button>Edit</button>
      </main>,
    );
    const edit = screen.getByRole('button', { name: 'Edit' });
    edit.focus();
    recoverFocusAfterDialog();
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(document.activeElement).toBe(edit);
  });
});
