import { Button, Group, Modal, Text } from '@mantine/core';
import { useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { parsePath, UNSAFE_NavigationContext, useLocation, type NavigateOptions, type To } from 'react-router';
import { guardPopState } from './history-guard';

/**
 * Navigation state that says the form was just saved: nothing is left to lose, so the guard lets
 * that one navigation through (`navigate(to, { state: SAVED_FORM })`).
 */
export const SAVED_FORM = { savedForm: true } as const;

const wasSaved = (state: unknown) => (state as { savedForm?: boolean } | null | undefined)?.savedForm === true;

/** Where the browser history says we are: React Router keeps an index in each entry's state. */
const historyIndex = (state: unknown): number | null => {
  const idx = (state as { idx?: unknown } | null)?.idx;
  return typeof idx === 'number' ? idx : null;
};

/**
 * Asks before a long form with unsaved changes is left: with a dialog when leaving inside the app
 * (a link, Cancel, the back or forward button), and with the browser's own question when the tab
 * is closed or reloaded. Returns the dialog to render beside the form.
 *
 * The app runs on the declarative <BrowserRouter>: React Router's `useBlocker` needs a data router,
 * whose code made the first load 16 KB (gzip) heavier and broke the size budget. So the guard holds
 * the router's own navigator while the form is dirty, and puts back a history step the browser took.
 */
export function useUnsavedChangesGuard(isDirty: boolean): ReactNode {
  const { navigator } = useContext(UNSAFE_NavigationContext);
  const location = useLocation();
  const [pending, setPending] = useState<(() => void) | null>(null);
  // Set while the person chose to leave: that navigation must not be asked about again.
  const leaving = useRef(false);

  useEffect(() => {
    leaving.current = false;
    if (!isDirty) return;
    const { push, replace } = navigator;
    const guarded =
      (go: typeof push) =>
      (to: To, state?: unknown, options?: NavigateOptions): void => {
        const next = typeof to === 'string' ? parsePath(to) : to;
        const samePage = !next.pathname || next.pathname === location.pathname;
        if (leaving.current || samePage || wasSaved(state)) return go.call(navigator, to, state, options);
        setPending(() => () => go.call(navigator, to, state, options));
      };
    navigator.push = guarded(push);
    navigator.replace = guarded(replace);

    // A step back or forward is put back before the router hears of it (history-guard.ts), then asked about.
    const here = historyIndex(window.history.state);
    let puttingBack = false;
    const unguard = guardPopState((event) => {
      if (leaving.current) return false;
      if (puttingBack) {
        puttingBack = false;
        return true;
      }
      const there = historyIndex(event.state);
      if (here === null || there === null || there === here) return false;
      puttingBack = true;
      window.history.go(here - there);
      setPending(() => () => window.history.go(there - here));
      return true;
    });

    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers ask only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      navigator.push = push;
      navigator.replace = replace;
      unguard();
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [isDirty, navigator, location.pathname, location.key]);

  const stay = () => setPending(null);
  const leave = () => {
    const go = pending;
    setPending(null);
    leaving.current = true;
    go?.();
  };
  // Mantine gives the focus back to what had it before the dialog opened: the link or button that tried to leave.
  return (
    <Modal opened={pending !== null} onClose={stay} title="Leave without saving?" centered>
      <Text size="sm">What you typed on this page has not been saved. If you leave now, it is lost.</Text>
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={stay} data-autofocus>
          Keep editing
        </Button>
        <Button color="red" onClick={leave}>
          Leave without saving
        </Button>
      </Group>
    </Modal>
  );
}

/** Whether a form's state differs from where it started (plain data: strings, numbers, arrays, records). */
export function hasChanged<T>(state: T, initial: T): boolean {
  return JSON.stringify(state) !== JSON.stringify(initial);
}
