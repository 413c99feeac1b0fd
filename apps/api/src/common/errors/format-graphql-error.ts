import { Logger } from '@nestjs/common';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { isConcurrentChange } from '../../database/postgres-errors';
import { AppException, ErrorKind } from './app.exception';
import { CommonExceptionCode } from './common.exception';

const logger = new Logger('GraphQL');

/** Codes Apollo gives to errors about the request itself; they reveal nothing of our internals. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * The one place where errors become what a client sees: our exceptions keep their kind as
 * `extensions.code` and their module code as `extensions.reason`; anything unexpected is logged
 * and masked, so no stack, SQL or constraint name ever reaches a client.
 */
export function formatGraphqlError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (original instanceof AppException) {
    return {
      message: original.message,
      path: formatted.path,
      extensions: { ...(original.details ?? {}), code: original.kind, reason: original.code },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code)) {
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
  }
  if (!original) {
    // graphql-js raised it while parsing, validating or coercing the request.
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code: ErrorKind.BAD_USER_INPUT } };
  }
  if (isConcurrentChange(original)) {
    // A race, not a fault: the request is fine and may be sent again. Logged, as it may also
    // reveal a write that forgot to check what it refers to.
    logger.warn(original instanceof Error ? (original.stack ?? original.message) : String(original));
    return {
      message: 'Something this refers to was removed or changed meanwhile; nothing was saved. Reload and try again.',
      path: formatted.path,
      extensions: { code: ErrorKind.CONFLICT, reason: CommonExceptionCode.CHANGED_MEANWHILE },
    };
  }
  logger.error(original instanceof Error ? (original.stack ?? original.message) : String(original));
  return {
    message: 'Something went wrong on our side; nothing was saved.',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
