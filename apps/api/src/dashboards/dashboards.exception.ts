import { defineException, ErrorKind } from '../common/errors/app.exception';

export enum DashboardsExceptionCode {
  /** The team dashboard and the outside perspective are about one's own direct reports: someone with none has neither. */
  NOT_A_MANAGER = 'NOT_A_MANAGER',
}

export const DashboardsException = defineException<DashboardsExceptionCode>('DashboardsException', {
  NOT_A_MANAGER: ErrorKind.FORBIDDEN,
});
