import { Logger } from '@nestjs/common';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { DatabaseFailure, databaseFailure, describeDatabaseError } from '../../database/database-failure';
import { AppException, ErrorKind } from './app.exception';

const logger = new Logger('GraphQL');

const UNAVAILABLE_MESSAGES: Record<DatabaseFailure, string> = {
  DATABASE_UNAVAILABLE: 'Onward cannot reach its database right now. Try again in a moment.',
  DATABASE_TIMEOUT: 'That took too long and was stopped. Try again in a moment.',
};

/** Apollo's wrapping of a thrown value that is not an Error: unexpected, and its text must not reach a client. */
const NON_ERROR_PREFIX = 'Unexpected error value: ';

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
  if (!original && !formatted.message.startsWith(NON_ERROR_PREFIX)) {
    // graphql-js raised it while parsing, validating or coercing the request.
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code: ErrorKind.BAD_USER_INPUT } };
  }
  const failure = databaseFailure(original);
  if (failure) {
    // Expected while the database restarts: one short line, not a stack per request.
    logger.warn(`${failure}: ${describeDatabaseError(original)}`);
    return { message: UNAVAILABLE_MESSAGES[failure], path: formatted.path, extensions: { code: ErrorKind.SERVICE_UNAVAILABLE, reason: failure } };
  }
  logger.error(original instanceof Error ? (original.stack ?? original.message) : String(original ?? formatted.message));
  return {
    message: 'Something went wrong on our side; nothing was saved.',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
