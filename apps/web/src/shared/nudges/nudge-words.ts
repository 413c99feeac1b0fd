import type { NudgeAction, NudgeKind } from '../../generated/gql/graphql';
import { formatDay } from '../format/format-day';

/** What the words of a nudge need; the inbox and the home page's list both pass this shape. */
export interface NudgeWordsInput {
  kind: NudgeKind;
  reportName: string;
  /** Null once the role is no longer shared with you (revoked or deleted). */
  roleTitle: string | null;
  dueOn: string | null;
}

export interface NudgeTargetInput {
  action: NudgeAction;
  reportId: string;
  roleId: string | null;
}

const first = (name: string) => name.trim().split(/\s+/)[0] || name;
const aRole = (title: string | null) => (title ? `“${title}”` : 'a role that is no longer shared with you');

/** A nudge as one sentence in Onward's voice, the same words as its mail (apps/api/src/mail/templates). */
export function nudgeSentence({ kind, reportName, roleTitle, dueOn }: NudgeWordsInput, locale?: string): string {
  switch (kind) {
    case 'PRACTICE_DUE_SOON':
      return dueOn ? `Interview practice with ${reportName} is due by ${formatDay(dueOn, locale)}.` : `Interview practice with ${reportName} is due soon.`;
    case 'PRACTICE_OVERDUE':
      return dueOn ? `Interview practice with ${reportName} was due on ${formatDay(dueOn, locale)} and is overdue.` : `Interview practice with ${reportName} is overdue.`;
    case 'DEBRIEF_PENDING':
      return `${reportName} interviewed for ${aRole(roleTitle)}, and there is no debrief of it yet.`;
    case 'SATISFACTION_TALK_SUGGESTED':
      return roleTitle
        ? `${reportName} shared ${aRole(roleTitle)}, a same-level role: a good moment for a satisfaction conversation with ${first(reportName)}.`
        : `${reportName} shared a same-level role that is no longer shared: a good moment for a satisfaction conversation with ${first(reportName)}.`;
    case 'ROLE_SHARED':
      return roleTitle ? `${reportName} shared ${aRole(roleTitle)} with you.` : `${reportName} shared a role with you that is no longer shared.`;
  }
}

const ACTION_LABELS: Record<NudgeAction, string> = {
  HOLD_PRACTICE_CONVERSATION: 'Start the practice conversation',
  WRITE_DEBRIEF: 'Start the debrief',
  HOLD_SATISFACTION_CONVERSATION: 'Start a satisfaction conversation',
  OPEN_ROLE: 'Open the role',
};

export function nudgeActionLabel(action: NudgeAction): string {
  return ACTION_LABELS[action];
}

/**
 * Where opening a nudge leads, in the web app's own pages: the new-conversation and new-debrief
 * pages of the report (from the role when there is one), or the role. A role-based action whose
 * role is no longer shared has nothing to start from but the report's page; null when even that
 * is not the case (opening a role that is gone).
 */
export function nudgeHref({ action, reportId, roleId }: NudgeTargetInput): string | null {
  const report = `/team/${encodeURIComponent(reportId)}`;
  const fromRole = roleId ? `roleId=${encodeURIComponent(roleId)}` : null;
  switch (action) {
    case 'HOLD_PRACTICE_CONVERSATION':
      return `${report}/conversations/new?kind=INTERVIEW_PRACTICE`;
    case 'WRITE_DEBRIEF':
      return fromRole ? `${report}/debriefs/new?${fromRole}` : `${report}/debriefs/new`;
    case 'HOLD_SATISFACTION_CONVERSATION':
      return `${report}/conversations/new?kind=SATISFACTION${fromRole ? `&${fromRole}` : ''}`;
    case 'OPEN_ROLE':
      return roleId ? `/roles/${encodeURIComponent(roleId)}` : null;
  }
}
