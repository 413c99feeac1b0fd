import { Button, Group, Modal, Text } from '@mantine/core';
import { useEffect, type ReactNode } from 'react';
import { useBlocker, type Location } from 'react-router';

/**
 * Navigation state that says the form was just saved: nothing is left to lose, so the guard lets
 * that one navigation through (`navigate(to, { state: SAVED_FORM })`).
 */
export const SAVED_FORM = { savedForm: true } as const;

const wasSaved = (location: Location) => (location.state as { savedForm?: boolean } | null)?.savedForm === true;

/**
 * Asks before a long form with unsaved changes is left: inside the app with a dialog (leaving
 * through a link, the back button or Cancel), and when the tab is closed or reloaded with the
 * browser's own question. Returns the dialog to render beside the form.
 */
export function useUnsavedChangesGuard(isDirty: boolean): ReactNode {
  const blocker = useBlocker(({ currentLocation, nextLocation }) => isDirty && !wasSaved(nextLocation) && currentLocation.pathname !== nextLocation.pathname);

  useEffect(() => {
    if (!isDirty) return;
    const ask = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers ask only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [isDirty]);

  const blocked = blocker.state === 'blocked';
  // Mantine returns focus to what had it before the dialog opened: the link or button that tried to leave.
  return (
    <Modal opened={blocked} onClose={() => blocker.reset?.()} title="Leave without saving?" centered>
      <Text size="sm">What you typed on this page has not been saved. If you leave now, it is lost.</Text>
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={() => blocker.reset?.()} data-autofocus>
          Keep editing
        </Button>
        <Button color="red" onClick={() => blocker.proceed?.()}>
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
