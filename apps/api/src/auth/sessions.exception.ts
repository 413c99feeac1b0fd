import { defineException, ErrorKind } from '../common/errors/app.exception';

export enum SessionsExceptionCode {
  /** Missing, ended, expired or someone else's: the same answer on purpose. */
  SESSION_NOT_FOUND = 'SESSION_NOT_FOUND',
  /** The session making the request: that is what "Log out" is for. */
  CURRENT_SESSION = 'CURRENT_SESSION',
}

export const SessionsException = defineException<SessionsExceptionCode>('SessionsException', {
  SESSION_NOT_FOUND: ErrorKind.NOT_FOUND,
  CURRENT_SESSION: ErrorKind.CONFLICT,
});
