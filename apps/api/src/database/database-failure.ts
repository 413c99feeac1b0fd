/**
 * Why a statement failed when the cause is the database being away or slow rather than the
 * request: the error formatter answers these with SERVICE_UNAVAILABLE and one of these reasons.
 */
export enum DatabaseFailure {
  /** Not reachable, restarting, shutting down, or the connection dropped mid-statement. */
  DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE',
  /** Cancelled by `statement_timeout` or `lock_timeout`, or a session idle in its transaction for too long. */
  DATABASE_TIMEOUT = 'DATABASE_TIMEOUT',
}

/** SQLSTATEs: query_canceled (statement_timeout), lock_not_available, idle_in_transaction_session_timeout. */
const TIMEOUT_CODES = new Set(['57014', '55P03', '25P03']);
/** admin_shutdown, crash_shutdown, cannot_connect_now, too_many_connections, and class 08 (connection exception). */
const UNAVAILABLE_CODES = new Set(['57P01', '57P02', '57P03', '53300']);
const UNAVAILABLE_SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'ENOTFOUND']);
/** pg and pg-pool report a lost or unobtainable connection with plain Errors and these messages. */
const UNAVAILABLE_MESSAGES = [
  /Connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /Client has encountered a connection error and is not queryable/i,
  /Client was closed and is not queryable/i,
  /Cannot use a pool after calling end on the pool/i,
  // TypeORM's word for a transaction whose connection the server closed under it.
  /Query runner already released/i,
];

interface ErrorLike {
  code?: unknown;
  message?: unknown;
  driverError?: unknown;
  cause?: unknown;
  errors?: unknown;
}

/** The error itself, then what it wraps: TypeORM's `driverError`, a `cause`, an AggregateError's members. */
function* chain(error: unknown, depth = 0): Generator<ErrorLike> {
  if (!error || typeof error !== 'object' || depth > 4) return;
  const e = error as ErrorLike;
  yield e;
  yield* chain(e.driverError, depth + 1);
  yield* chain(e.cause, depth + 1);
  if (Array.isArray(e.errors)) for (const inner of e.errors) yield* chain(inner, depth + 1);
}

export function databaseFailure(error: unknown): DatabaseFailure | undefined {
  for (const e of chain(error)) {
    const code = typeof e.code === 'string' ? e.code : '';
    if (TIMEOUT_CODES.has(code)) return DatabaseFailure.DATABASE_TIMEOUT;
    if (UNAVAILABLE_CODES.has(code) || code.startsWith('08') || UNAVAILABLE_SOCKET_CODES.has(code)) return DatabaseFailure.DATABASE_UNAVAILABLE;
    const message = typeof e.message === 'string' ? e.message : '';
    if (UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message))) return DatabaseFailure.DATABASE_UNAVAILABLE;
  }
  return undefined;
}

/**
 * A short description for logs: the code and pg's message only. Never the statement or its
 * parameters, which can hold a password hash, a session token or what a person wrote.
 */
export function describeDatabaseError(error: unknown): string {
  const innermost = [...chain(error)].at(-1);
  const code = typeof innermost?.code === 'string' ? `${innermost.code} ` : '';
  const message = typeof innermost?.message === 'string' ? innermost.message : String(error);
  return `${code}${message}`.slice(0, 300);
}
