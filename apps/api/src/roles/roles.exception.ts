import { defineException, ErrorKind } from '../common/errors/app.exception';

export enum RolesExceptionCode {
  /** Missing, or not visible to the viewer: the two look the same on purpose. */
  ROLE_NOT_FOUND = 'ROLE_NOT_FOUND',
  OWNER_ONLY = 'OWNER_ONLY',
  NO_MANAGER = 'NO_MANAGER',
  NOT_SHARED = 'NOT_SHARED',
  UNKNOWN_LEVEL = 'UNKNOWN_LEVEL',
  POSTING_UNUSABLE = 'POSTING_UNUSABLE',
  INTERVIEW_NOT_FOUND = 'INTERVIEW_NOT_FOUND',
  SALARY_RANGE = 'SALARY_RANGE',
  ROLE_NOT_LINKABLE = 'ROLE_NOT_LINKABLE',
  /** Missing, or on a role the viewer may not see. */
  COMMENT_NOT_FOUND = 'COMMENT_NOT_FOUND',
  AUTHOR_ONLY = 'AUTHOR_ONLY',
}

export const RolesException = defineException<RolesExceptionCode>('RolesException', {
  ROLE_NOT_FOUND: ErrorKind.NOT_FOUND,
  OWNER_ONLY: ErrorKind.FORBIDDEN,
  NO_MANAGER: ErrorKind.CONFLICT,
  NOT_SHARED: ErrorKind.CONFLICT,
  UNKNOWN_LEVEL: ErrorKind.BAD_USER_INPUT,
  POSTING_UNUSABLE: ErrorKind.BAD_USER_INPUT,
  INTERVIEW_NOT_FOUND: ErrorKind.NOT_FOUND,
  SALARY_RANGE: ErrorKind.BAD_USER_INPUT,
  ROLE_NOT_LINKABLE: ErrorKind.BAD_USER_INPUT,
  COMMENT_NOT_FOUND: ErrorKind.NOT_FOUND,
  AUTHOR_ONLY: ErrorKind.FORBIDDEN,
});
