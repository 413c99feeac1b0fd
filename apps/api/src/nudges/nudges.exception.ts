import { defineException, ErrorKind } from '../common/errors/app.exception';

export enum NudgesExceptionCode {
  /** Missing, or someone else's: the two look the same on purpose. */
  NUDGE_NOT_FOUND = 'NUDGE_NOT_FOUND',
  /** Its reason went away: there is nothing left to snooze or dismiss. */
  NUDGE_RESOLVED = 'NUDGE_RESOLVED',
  INVALID_SNOOZE = 'INVALID_SNOOZE',
}

export const NudgesException = defineException<NudgesExceptionCode>('NudgesException', {
  NUDGE_NOT_FOUND: ErrorKind.NOT_FOUND,
  NUDGE_RESOLVED: ErrorKind.CONFLICT,
  INVALID_SNOOZE: ErrorKind.BAD_USER_INPUT,
});
