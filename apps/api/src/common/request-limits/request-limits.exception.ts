import { defineException, ErrorKind } from '../errors/app.exception';

/**
 * Why a request was refused before anything ran: its document is too large for what it asks, or
 * the HTTP request is not one GraphQL request in JSON. Nothing was executed, no SQL included.
 */
export enum RequestLimitExceptionCode {
  QUERY_TOO_DEEP = 'QUERY_TOO_DEEP',
  TOO_MANY_ALIASES = 'TOO_MANY_ALIASES',
  QUERY_TOO_COSTLY = 'QUERY_TOO_COSTLY',
  TOO_MANY_TOKENS = 'TOO_MANY_TOKENS',
  TOO_MANY_DIRECTIVES = 'TOO_MANY_DIRECTIVES',
  TOO_MANY_VARIABLES = 'TOO_MANY_VARIABLES',
  VARIABLES_TOO_LARGE = 'VARIABLES_TOO_LARGE',
  BODY_TOO_LARGE = 'BODY_TOO_LARGE',
  MALFORMED_JSON = 'MALFORMED_JSON',
  UNSUPPORTED_CONTENT_TYPE = 'UNSUPPORTED_CONTENT_TYPE',
  EMPTY_BODY = 'EMPTY_BODY',
  BATCH_NOT_SUPPORTED = 'BATCH_NOT_SUPPORTED',
}

export const RequestLimitException = defineException<RequestLimitExceptionCode>('RequestLimitException', {
  QUERY_TOO_DEEP: ErrorKind.BAD_USER_INPUT,
  TOO_MANY_ALIASES: ErrorKind.BAD_USER_INPUT,
  QUERY_TOO_COSTLY: ErrorKind.BAD_USER_INPUT,
  TOO_MANY_TOKENS: ErrorKind.BAD_USER_INPUT,
  TOO_MANY_DIRECTIVES: ErrorKind.BAD_USER_INPUT,
  TOO_MANY_VARIABLES: ErrorKind.BAD_USER_INPUT,
  VARIABLES_TOO_LARGE: ErrorKind.BAD_USER_INPUT,
  BODY_TOO_LARGE: ErrorKind.BAD_REQUEST,
  MALFORMED_JSON: ErrorKind.BAD_REQUEST,
  UNSUPPORTED_CONTENT_TYPE: ErrorKind.BAD_REQUEST,
  EMPTY_BODY: ErrorKind.BAD_REQUEST,
  BATCH_NOT_SUPPORTED: ErrorKind.BAD_REQUEST,
});
