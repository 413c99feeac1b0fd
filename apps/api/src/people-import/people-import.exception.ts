import { defineException, ErrorKind } from '../common/errors/app.exception';

export enum PeopleImportExceptionCode {
  UNREADABLE_CSV = 'UNREADABLE_CSV',
}

export const PeopleImportException = defineException<PeopleImportExceptionCode>('PeopleImportException', {
  UNREADABLE_CSV: ErrorKind.BAD_USER_INPUT,
});
