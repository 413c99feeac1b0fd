import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import { graphql } from '../../generated/gql';
import { describeError } from '../../shared/errors/describe-error';

const LogOutMutation = graphql(`
  mutation LogOut {
    logOut
  }
`);

/**
 * Ends the session on the server, then loads the login page afresh: nothing of the session (cached
 * people, pages' state) survives in memory, and no "return to" target is kept after a deliberate exit.
 */
export function useLogOut() {
  const [logOut, { loading, called, error }] = useMutation(LogOutMutation);
  const run = useCallback(async () => {
    try {
      await logOut();
    } catch (failure) {
      notifications.show({ color: 'red', title: 'Could not log out', message: describeError(failure).message });
      return;
    }
    window.location.replace('/login');
  }, [logOut]);
  // Stay "busy" from the click until the new page replaces this one.
  return { logOut: run, loading: loading || (called && !error) };
}
