import { defineException, ErrorKind } from '../common/errors/app.exception';

export enum LadderExceptionCode {
  LEVEL_NOT_FOUND = 'LEVEL_NOT_FOUND',
  LEVEL_KEY_TAKEN = 'LEVEL_KEY_TAKEN',
  LEVEL_IN_USE = 'LEVEL_IN_USE',
}

export const LadderException = defineException<LadderExceptionCode>('LadderException', {
  LEVEL_NOT_FOUND: ErrorKind.NOT_FOUND,
  LEVEL_KEY_TAKEN: ErrorKind.CONFLICT,
  LEVEL_IN_USE: ErrorKind.CONFLICT,
});
