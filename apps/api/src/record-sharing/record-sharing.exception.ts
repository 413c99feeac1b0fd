import { defineException, ErrorKind } from '../common/errors/app.exception';

export enum RecordSharingExceptionCode {
  NO_MANAGER = 'NO_MANAGER',
  NOT_SHARING = 'NOT_SHARING',
}

export const RecordSharingException = defineException<RecordSharingExceptionCode>('RecordSharingException', {
  NO_MANAGER: ErrorKind.CONFLICT,
  NOT_SHARING: ErrorKind.CONFLICT,
});
