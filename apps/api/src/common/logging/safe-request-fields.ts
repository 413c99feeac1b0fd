import { randomUUID } from 'node:crypto';

/** An incoming id is kept only when it is short and plain, so it cannot forge or break a log line. */
const ACCEPTED_REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && ACCEPTED_REQUEST_ID.test(value) ? value : randomUUID();
}

/** A long opaque segment is a token (an invitation link's, or one a future link carries). */
const TOKEN_LIKE_SEGMENT = /^[A-Za-z0-9_-]{24,}$/;
/** Pages whose next segment is a token whatever it looks like (a calendar feed's ends in .ics). */
const TOKEN_PAGES = ['invite', 'reset-password', 'calendar'];

/** The path without its query string, with anything that looks like a token replaced. */
export function safePath(url: string | undefined): string {
  const path = (url ?? '/').split(/[?#]/, 1)[0];
  const segments = path.split('/').map((segment, i, all) => (TOKEN_PAGES.includes(all[i - 1]) || TOKEN_LIKE_SEGMENT.test(segment) ? (segment ? ':token' : segment) : segment));
  return segments.join('/').slice(0, 200);
}

const OPERATION_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/;
const FIRST_NAMED_OPERATION = /\b(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]{0,99})/;

/**
 * The GraphQL operation's name: the one the client chose (`operationName`), else the first named
 * operation in the document. Only the name is read from the body; variables are never looked at.
 */
export function graphqlOperationName(body: unknown): string | undefined {
  if (!body || typeof body !== 'object') return undefined;
  const { operationName, query } = body as { operationName?: unknown; query?: unknown };
  if (typeof operationName === 'string' && OPERATION_NAME.test(operationName)) return operationName;
  if (typeof query === 'string') return FIRST_NAMED_OPERATION.exec(query.slice(0, 2000))?.[1];
  return undefined;
}
