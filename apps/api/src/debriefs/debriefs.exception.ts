import { defineException, ErrorKind } from '../common/errors/app.exception';

export enum DebriefsExceptionCode {
  DEBRIEF_NOT_FOUND = 'DEBRIEF_NOT_FOUND',
  ROLE_NOT_LINKABLE = 'ROLE_NOT_LINKABLE',
  UNKNOWN_LEVEL = 'UNKNOWN_LEVEL',
  IN_THE_FUTURE = 'IN_THE_FUTURE',
}

export const DebriefsException = defineException<DebriefsExceptionCode>('DebriefsException', {
  DEBRIEF_NOT_FOUND: ErrorKind.NOT_FOUND,
  ROLE_NOT_LINKABLE: ErrorKind.BAD_USER_INPUT,
  UNKNOWN_LEVEL: ErrorKind.BAD_USER_INPUT,
  IN_THE_FUTURE: ErrorKind.BAD_USER_INPUT,
});
