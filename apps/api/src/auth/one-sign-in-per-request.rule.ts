import { GraphQLError } from 'graphql';
import type { ASTVisitor, ValidationContext } from 'graphql';
import { AuthException, AuthExceptionCode } from './auth.exception';

/**
 * Mutations that check or hash a password, each costing real CPU and memory (argon2id), or that
 * mail a reset link.
 */
const SIGN_IN_FIELDS = new Set(['logIn', 'signUp', 'acceptInvitation', 'requestPasswordReset', 'resetPassword']);

/**
 * A document may ask for one of these, once. Aliases (`a: logIn(…) b: logIn(…)`) would otherwise
 * pack many password checks into one request; the throttle still counts each, but refusing the
 * document costs nothing. Counted over the whole document, fragments included, before anything runs.
 */
export function oneSignInPerRequest(context: ValidationContext): ASTVisitor {
  let seen = 0;
  return {
    Field(node) {
      if (!SIGN_IN_FIELDS.has(node.name.value) || context.getParentType() !== context.getSchema().getMutationType()) return;
      seen += 1;
      if (seen !== 2) return;
      const message = 'Send one log-in, sign-up, invitation acceptance or password reset per request.';
      context.reportError(new GraphQLError(message, { nodes: node, originalError: new AuthException(AuthExceptionCode.ONE_SIGN_IN_PER_REQUEST, message) }));
    },
  };
}
