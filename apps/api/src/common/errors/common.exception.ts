import { defineException, ErrorKind } from './app.exception';

/** Errors raised by cross-cutting parts: the guard, the validation pipe, pagination. */
export enum CommonExceptionCode {
  NOT_SIGNED_IN = 'NOT_SIGNED_IN',
  ADMIN_ONLY = 'ADMIN_ONLY',
  INVALID_INPUT = 'INVALID_INPUT',
  INVALID_CURSOR = 'INVALID_CURSOR',
  ACCESS_UNDECLARED = 'ACCESS_UNDECLARED',
  CHANGED_MEANWHILE = 'CHANGED_MEANWHILE',
}

export const CommonException = defineException<CommonExceptionCode>('CommonException', {
  NOT_SIGNED_IN: ErrorKind.UNAUTHENTICATED,
  ADMIN_ONLY: ErrorKind.FORBIDDEN,
  INVALID_INPUT: ErrorKind.BAD_USER_INPUT,
  INVALID_CURSOR: ErrorKind.BAD_USER_INPUT,
  // A resolver without an access decorator is a programming error; refuse rather than expose it.
  ACCESS_UNDECLARED: ErrorKind.FORBIDDEN,
  // Another request removed or changed what this one refers to between its checks and its write.
  CHANGED_MEANWHILE: ErrorKind.CONFLICT,
});
