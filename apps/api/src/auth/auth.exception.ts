import { defineException, ErrorKind } from '../common/errors/app.exception';

export enum AuthExceptionCode {
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  EMAIL_TAKEN = 'EMAIL_TAKEN',
  TOO_MANY_ATTEMPTS = 'TOO_MANY_ATTEMPTS',
  /** A document asked for more than one log-in, sign-up or invitation acceptance. */
  ONE_SIGN_IN_PER_REQUEST = 'ONE_SIGN_IN_PER_REQUEST',
}

export const AuthException = defineException<AuthExceptionCode>('AuthException', {
  INVALID_CREDENTIALS: ErrorKind.UNAUTHENTICATED,
  EMAIL_TAKEN: ErrorKind.CONFLICT,
  TOO_MANY_ATTEMPTS: ErrorKind.UNAUTHENTICATED,
  ONE_SIGN_IN_PER_REQUEST: ErrorKind.BAD_USER_INPUT,
});
