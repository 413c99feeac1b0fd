import { NUDGE_KINDS, type NudgeKind } from '@onward/domain';
import { nudgeMailPath } from './nudge-mail-links';

const REPORT = '7b0c2f5e-0000-4000-8000-000000000001';
const ROLE = '7b0c2f5e-0000-4000-8000-000000000002';

describe('nudgeMailPath', () => {
  const expected: Record<NudgeKind, [string, string]> = {
    PRACTICE_DUE_SOON: [`/team/${REPORT}/conversations/new?kind=INTERVIEW_PRACTICE`, `/team/${REPORT}/conversations/new?kind=INTERVIEW_PRACTICE`],
    PRACTICE_OVERDUE: [`/team/${REPORT}/conversations/new?kind=INTERVIEW_PRACTICE`, `/team/${REPORT}/conversations/new?kind=INTERVIEW_PRACTICE`],
    DEBRIEF_PENDING: [`/team/${REPORT}/debriefs/new?roleId=${ROLE}`, `/team/${REPORT}/debriefs/new`],
    SATISFACTION_TALK_SUGGESTED: [`/team/${REPORT}/conversations/new?kind=SATISFACTION&roleId=${ROLE}`, `/team/${REPORT}/conversations/new?kind=SATISFACTION`],
    ROLE_SHARED: [`/roles/${ROLE}`, `/team/${REPORT}`],
  };

  it.each(NUDGE_KINDS)('%s leads where its action starts, with or without the role', (kind) => {
    expect([nudgeMailPath(kind, REPORT, ROLE), nudgeMailPath(kind, REPORT, null)]).toEqual(expected[kind]);
  });
});
