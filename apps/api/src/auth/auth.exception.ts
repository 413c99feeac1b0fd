import { defineException, ErrorKind } from '../common/errors/app.exception';

export enum AuthExceptionCode {
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  EMAIL_TAKEN = 'EMAIL_TAKEN',
}

export const AuthException = defineException<AuthExceptionCode>('AuthException', {
  INVALID_CREDENTIALS: ErrorKind.UNAUTHENTICATED,
  EMAIL_TAKEN: ErrorKind.CONFLICT,
});
