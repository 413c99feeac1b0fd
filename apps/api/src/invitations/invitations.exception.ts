import { defineException, ErrorKind } from '../common/errors/app.exception';

export enum InvitationsExceptionCode {
  INVITATION_NOT_FOUND = 'INVITATION_NOT_FOUND',
  INVITATION_EXPIRED = 'INVITATION_EXPIRED',
  INVITATION_USED = 'INVITATION_USED',
  ALREADY_MEMBER = 'ALREADY_MEMBER',
}

export const InvitationsException = defineException<InvitationsExceptionCode>('InvitationsException', {
  INVITATION_NOT_FOUND: ErrorKind.NOT_FOUND,
  INVITATION_EXPIRED: ErrorKind.BAD_USER_INPUT,
  INVITATION_USED: ErrorKind.CONFLICT,
  ALREADY_MEMBER: ErrorKind.CONFLICT,
});
