import { defineException, ErrorKind } from '../common/errors/app.exception';

export enum ReportAccessExceptionCode {
  /** Not a report of yours (or not anyone): looks the same as a missing person. */
  REPORT_NOT_FOUND = 'REPORT_NOT_FOUND',
  MANAGER_ONLY = 'MANAGER_ONLY',
}

export const ReportAccessException = defineException<ReportAccessExceptionCode>('ReportAccessException', {
  REPORT_NOT_FOUND: ErrorKind.NOT_FOUND,
  MANAGER_ONLY: ErrorKind.FORBIDDEN,
});
