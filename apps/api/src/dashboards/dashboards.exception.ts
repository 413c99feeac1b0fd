import { defineException, ErrorKind } from '../common/errors/app.exception';

export enum DashboardsExceptionCode {
  /** The team dashboard and the outside perspective are about one's own direct reports: someone with none has neither. */
  NOT_A_MANAGER = 'NOT_A_MANAGER',
  /** The org dashboard is over a subtree deeper than one's direct reports (or, for an admin, the organization). */
  NOT_A_LEADER = 'NOT_A_LEADER',
}

export const DashboardsException = defineException<DashboardsExceptionCode>('DashboardsException', {
  NOT_A_MANAGER: ErrorKind.FORBIDDEN,
  NOT_A_LEADER: ErrorKind.FORBIDDEN,
});
