import { nudgeTarget, type NudgeKind } from '@onward/domain';

/**
 * Where a nudge mail leads in the web app: where its action starts (DESIGN.md, "open the thing it
 * is about"). Ids only: the page checks access again, so a link forwarded to someone else, or
 * opened after the reporting line changed, shows nothing it should not.
 */
export function nudgeMailPath(kind: NudgeKind, reportId: string, roleId: string | null): string {
  const target = nudgeTarget(kind);
  const role = target.fromRole && roleId ? encodeURIComponent(roleId) : null;
  const report = encodeURIComponent(reportId);
  switch (target.action) {
    case 'HOLD_PRACTICE_CONVERSATION':
    case 'HOLD_SATISFACTION_CONVERSATION':
      return `/team/${report}/conversations/new?kind=${target.conversationKind}${role ? `&roleId=${role}` : ''}`;
    case 'WRITE_DEBRIEF':
      return `/team/${report}/debriefs/new${role ? `?roleId=${role}` : ''}`;
    case 'OPEN_ROLE':
      return role ? `/roles/${role}` : `/team/${report}`;
  }
}

/** A digest leads to the manager's home page, which lists what needs their attention. */
export const DIGEST_MAIL_PATH = '/';
