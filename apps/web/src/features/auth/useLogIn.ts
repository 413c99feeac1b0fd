import { useMutation } from '@apollo/client/react';
import { graphql } from '../../generated/gql';
import type { LogInInput } from '../../generated/gql/graphql';
import { useStartSession } from '../session/useStartSession';

const LogInMutation = graphql(`
  mutation LogIn($input: LogInInput!) {
    logIn(input: $input) {
      ...ViewerFields
    }
  }
`);

/** Logs in; the guest-only route guard then moves on to the kept target. Rejects with the API error. */
export function useLogIn() {
  const startSession = useStartSession();
  const [logIn, { loading }] = useMutation(LogInMutation);
  const run = async (input: LogInInput) => {
    const { data } = await logIn({ variables: { input } });
    if (data) await startSession(data.logIn);
  };
  return { logIn: run, loading };
}
