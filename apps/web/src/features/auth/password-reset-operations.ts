import { graphql } from '../../generated/gql';

export const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input)
  }
`);

export const ResetPasswordMutation = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input)
  }
`);

/** The login page's address after a reset: it says the password changed and every session ended. */
export const AFTER_RESET_PATH = '/login?password=changed';
