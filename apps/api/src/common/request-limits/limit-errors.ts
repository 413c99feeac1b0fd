import { GraphQLError, type ASTNode } from 'graphql';
import { RequestLimitException, RequestLimitExceptionCode } from './request-limits.exception';

/**
 * A refusal as Apollo carries it: a GraphQLError around our exception, which the error formatter
 * turns into `BAD_USER_INPUT` with the reason. The status matters where Apollo takes it from the
 * error (a refusal after validation); validation errors are 400 already.
 */
export function limitError(code: RequestLimitExceptionCode, message: string, details: Record<string, unknown>, nodes?: readonly ASTNode[]): GraphQLError {
  return new GraphQLError(message, {
    nodes,
    originalError: new RequestLimitException(code, message, details),
    extensions: { http: { status: 400 } },
  });
}

/**
 * graphql-js stops parsing at the token limit with a syntax error of its own; this tells that one
 * apart from a typo, so it can be answered as a refusal like the other limits.
 */
export function isTokenLimitSyntaxError(message: string): boolean {
  return /^Syntax Error: Document contains more th(?:at|an) \d+ tokens\. Parsing aborted\.$/.test(message);
}
