import { useMutation } from '@apollo/client/react';
import { graphql } from '../../generated/gql';
import type { SignUpInput } from '../../generated/gql/graphql';
import { useStartSession } from '../session/useStartSession';

const SignUpMutation = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      ...ViewerFields
    }
  }
`);

/** Creates the organization and its first admin, signed in. Rejects with the API error. */
export function useSignUp() {
  const startSession = useStartSession();
  const [signUp, { loading }] = useMutation(SignUpMutation);
  const run = async (input: SignUpInput) => {
    const { data } = await signUp({ variables: { input } });
    if (data) await startSession(data.signUp);
  };
  return { signUp: run, loading };
}
