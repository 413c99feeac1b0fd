import { defineException, ErrorKind } from '../common/errors/app.exception';

export enum PasswordResetExceptionCode {
  RESET_LINK_NOT_FOUND = 'RESET_LINK_NOT_FOUND',
  RESET_LINK_EXPIRED = 'RESET_LINK_EXPIRED',
  RESET_LINK_USED = 'RESET_LINK_USED',
  TOO_MANY_RESET_REQUESTS = 'TOO_MANY_RESET_REQUESTS',
}

export const PasswordResetException = defineException<PasswordResetExceptionCode>('PasswordResetException', {
  RESET_LINK_NOT_FOUND: ErrorKind.NOT_FOUND,
  RESET_LINK_EXPIRED: ErrorKind.BAD_USER_INPUT,
  RESET_LINK_USED: ErrorKind.CONFLICT,
  // Like log-in's limit: the same for every email, so it tells nothing about who has an account.
  TOO_MANY_RESET_REQUESTS: ErrorKind.UNAUTHENTICATED,
});
