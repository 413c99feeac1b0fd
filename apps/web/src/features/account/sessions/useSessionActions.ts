import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { forgetSessions } from './session-cache';
import { EndOtherSessionsMutation, EndSessionMutation } from './session-operations';

/** Signing out one other session, or all of them; `pending` is the session being ended, or 'ALL'. */
export function useSessionActions() {
  const [pending, setPending] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [endSession] = useMutation(EndSessionMutation, {
    update: (cache, { data }) => {
      if (data) forgetSessions(cache, [data.endSession]);
    },
  });
  const [endOthers] = useMutation(EndOtherSessionsMutation, {
    update: (cache, { data }) => {
      if (data) forgetSessions(cache, data.endOtherSessions);
    },
  });

  const run = async (key: string, action: () => Promise<unknown>) => {
    setPending(key);
    setError(null);
    try {
      await action();
    } catch (caught) {
      setError(caught);
    } finally {
      setPending(null);
    }
  };

  return {
    pending,
    error,
    end: (id: string) => run(id, () => endSession({ variables: { id } })),
    endAllOthers: () => run('ALL', () => endOthers()),
  };
}
