import { defineException, ErrorKind } from '../common/errors/app.exception';

export enum DebriefsExceptionCode {
  DEBRIEF_NOT_FOUND = 'DEBRIEF_NOT_FOUND',
  ROLE_NOT_LINKABLE = 'ROLE_NOT_LINKABLE',
  UNKNOWN_LEVEL = 'UNKNOWN_LEVEL',
  IN_THE_FUTURE = 'IN_THE_FUTURE',
  /** Shared with you from an earlier manager: you may read it, only whoever held it edits it. */
  HELD_BY_SOMEONE_ELSE = 'HELD_BY_SOMEONE_ELSE',
  /** Nothing learned is written down: it would count as practice with nothing behind it. */
  EMPTY_DEBRIEF = 'EMPTY_DEBRIEF',
}

export const DebriefsException = defineException<DebriefsExceptionCode>('DebriefsException', {
  DEBRIEF_NOT_FOUND: ErrorKind.NOT_FOUND,
  ROLE_NOT_LINKABLE: ErrorKind.BAD_USER_INPUT,
  UNKNOWN_LEVEL: ErrorKind.BAD_USER_INPUT,
  IN_THE_FUTURE: ErrorKind.BAD_USER_INPUT,
  HELD_BY_SOMEONE_ELSE: ErrorKind.FORBIDDEN,
  EMPTY_DEBRIEF: ErrorKind.BAD_USER_INPUT,
});
