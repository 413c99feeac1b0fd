/** The GraphQL error codes clients can branch on (docs/architecture.md, "Errors"). */
export enum ErrorKind {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  /** Not one GraphQL request in JSON: a body too large, malformed, empty, batched or of another type. */
  BAD_REQUEST = 'BAD_REQUEST',
  /** The request was fine but could not be served now (the database is away or too slow); try again. */
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
}

/**
 * Base of every module's exception. A module declares its own code enum and how each code maps to
 * an `ErrorKind`; the GraphQL error formatter turns the kind into `extensions.code` and keeps the
 * module's code as `extensions.reason`, so clients get both a stable class and the precise cause.
 */
export abstract class AppException<Code extends string = string> extends Error {
  abstract readonly kind: ErrorKind;

  constructor(
    readonly code: Code,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Declares a module exception class whose codes map to kinds through one table. */
export function defineException<Code extends string>(name: string, kinds: Record<Code, ErrorKind>) {
  const cls = class extends AppException<Code> {
    get kind(): ErrorKind {
      return kinds[this.code];
    }
  };
  Object.defineProperty(cls, 'name', { value: name });
  return cls;
}
