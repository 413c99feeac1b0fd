import { Logger } from '@nestjs/common';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { DatabaseFailure, databaseFailure, describeDatabaseError } from '../../database/database-failure';
import { isConcurrentChange } from '../../database/postgres-errors';
import { isTokenLimitSyntaxError } from '../request-limits/limit-errors';
import { REQUEST_LIMITS } from '../request-limits/request-limits';
import { RequestLimitException, RequestLimitExceptionCode } from '../request-limits/request-limits.exception';
import { AppException, ErrorKind } from './app.exception';
import { CommonExceptionCode } from './common.exception';

const logger = new Logger('GraphQL');

const UNAVAILABLE_MESSAGES: Record<DatabaseFailure, string> = {
  DATABASE_UNAVAILABLE: 'Onward cannot reach its database right now. Try again in a moment.',
  DATABASE_TIMEOUT: 'That took too long and was stopped. Try again in a moment.',
};

/** Apollo's wrapping of a thrown value that is not an Error: unexpected, and its text must not reach a client. */
const NON_ERROR_PREFIX = 'Unexpected error value: ';

/**
 * Codes Apollo gives to errors about the request itself; they reveal nothing of our internals. Each
 * gets a reason too, so every error carries one; a more precise one replaces it where Apollo says
 * more (a validation error's own code, the status of a refused HTTP method or media type).
 */
const REQUEST_ERROR_REASONS: Record<string, string> = {
  GRAPHQL_PARSE_FAILED: 'INVALID_SYNTAX',
  GRAPHQL_VALIDATION_FAILED: 'INVALID_DOCUMENT',
  BAD_USER_INPUT: 'INVALID_VARIABLES',
  BAD_REQUEST: 'INVALID_REQUEST',
  PERSISTED_QUERY_NOT_FOUND: 'PERSISTED_QUERY_NOT_FOUND',
  PERSISTED_QUERY_NOT_SUPPORTED: 'PERSISTED_QUERY_NOT_SUPPORTED',
  OPERATION_RESOLUTION_FAILURE: 'UNKNOWN_OPERATION',
};

const REASON_OF_STATUS: Record<number, string> = { 405: 'METHOD_NOT_ALLOWED', 406: 'NOT_ACCEPTABLE', 415: 'UNSUPPORTED_CONTENT_TYPE' };

export interface ErrorFormatOptions {
  /** Drop graphql-js's "Did you mean …?" hints, which spell out field, type and value names. */
  hideSuggestions: boolean;
}

function withoutSuggestions(message: string): string {
  return message.replace(/ ?Did you mean [^?]*\?/g, '').trim();
}

function httpStatusOf(error: unknown): number | undefined {
  const http = error instanceof GraphQLError ? (error.extensions.http as { status?: unknown } | undefined) : undefined;
  return typeof http?.status === 'number' ? http.status : undefined;
}

function requestErrorReason(code: string, formatted: GraphQLFormattedError, error: unknown): string {
  const validationCode = formatted.extensions?.validationErrorCode;
  if (typeof validationCode === 'string') return validationCode;
  return REASON_OF_STATUS[httpStatusOf(error) ?? 0] ?? REQUEST_ERROR_REASONS[code];
}

/** graphql-js's own words for two refusals, replaced by ours. */
function ourMessage(reason: string, message: string): string {
  if (reason === 'INTROSPECTION_DISABLED') return 'Introspection is turned off on this server.';
  return message;
}

/** graphql-js stops at the token limit with a syntax error; it is a refusal like the other limits. */
function refusalOf(code: unknown, message: string): AppException | undefined {
  if (code !== 'GRAPHQL_PARSE_FAILED' || !isTokenLimitSyntaxError(message)) return undefined;
  const limit = REQUEST_LIMITS.maxTokens;
  return new RequestLimitException(RequestLimitExceptionCode.TOO_MANY_TOKENS, `This document has more than ${limit} tokens; at most ${limit} are allowed.`, { limit });
}

/**
 * The one place where errors become what a client sees: our exceptions keep their kind as
 * `extensions.code` and their module code as `extensions.reason`; anything unexpected is logged
 * and masked, so no stack, SQL or constraint name ever reaches a client.
 */
export function formatGraphqlError(formatted: GraphQLFormattedError, error: unknown, options?: ErrorFormatOptions): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  const unwrapped = error instanceof GraphQLError ? error.originalError : error;
  const original = unwrapped instanceof AppException ? unwrapped : (refusalOf(code, formatted.message) ?? unwrapped);
  const message = (text: string) => (options?.hideSuggestions ? withoutSuggestions(text) : text);
  if (original instanceof AppException) {
    return {
      message: message(original.message),
      path: formatted.path,
      extensions: { ...(original.details ?? {}), code: original.kind, reason: original.code },
    };
  }
  if (typeof code === 'string' && code in REQUEST_ERROR_REASONS) {
    const reason = requestErrorReason(code, formatted, error);
    return { message: message(ourMessage(reason, formatted.message)), locations: formatted.locations, path: formatted.path, extensions: { code, reason } };
  }
  if (!original && !formatted.message.startsWith(NON_ERROR_PREFIX)) {
    // graphql-js raised it while parsing, validating or coercing the request.
    return {
      message: message(formatted.message),
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorKind.BAD_USER_INPUT, reason: 'INVALID_REQUEST' },
    };
  }
  const failure = databaseFailure(original);
  if (failure) {
    // Expected while the database restarts: one short line, not a stack per request.
    logger.warn(`${failure}: ${describeDatabaseError(original)}`);
    return { message: UNAVAILABLE_MESSAGES[failure], path: formatted.path, extensions: { code: ErrorKind.SERVICE_UNAVAILABLE, reason: failure } };
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
  logger.error(original instanceof Error ? (original.stack ?? original.message) : String(original ?? formatted.message));
  return {
    message: 'Something went wrong on our side; nothing was saved.',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', reason: 'INTERNAL' },
  };
}

/** The formatter as Apollo calls it, with this server's choice about suggestions. */
export function graphqlErrorFormatter(options: ErrorFormatOptions): (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError {
  return (formatted, error) => formatGraphqlError(formatted, error, options);
}
