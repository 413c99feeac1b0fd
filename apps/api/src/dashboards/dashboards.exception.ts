import { defineException, ErrorKind } from '../common/errors/app.exception';

export enum DashboardsExceptionCode {
  /** The team dashboard and the outside perspective are about one's own direct reports: someone with none has neither. */
  NOT_A_MANAGER = 'NOT_A_MANAGER',
  /** The org dashboard is over a subtree deeper than one's direct reports (or, for an admin, the organization). */
  NOT_A_LEADER = 'NOT_A_LEADER',
  /**
   * Over a subtree the outside perspective covers every debrief: the same figures for two periods
   * could be subtracted to leave the few debriefs between them.
   */
  NO_PERIOD_OVER_SUBTREE = 'NO_PERIOD_OVER_SUBTREE',
}

export const DashboardsException = defineException<DashboardsExceptionCode>('DashboardsException', {
  NOT_A_MANAGER: ErrorKind.FORBIDDEN,
  NOT_A_LEADER: ErrorKind.FORBIDDEN,
  NO_PERIOD_OVER_SUBTREE: ErrorKind.BAD_USER_INPUT,
});
