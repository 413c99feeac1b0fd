import { NUDGE_KINDS } from './nudge-kind';
import { nudgeTarget } from './nudge-target';

describe('nudgeTarget', () => {
  it.each([
    ['PRACTICE_DUE_SOON', 'HOLD_PRACTICE_CONVERSATION', 'INTERVIEW_PRACTICE', false],
    ['PRACTICE_OVERDUE', 'HOLD_PRACTICE_CONVERSATION', 'INTERVIEW_PRACTICE', false],
    ['DEBRIEF_PENDING', 'WRITE_DEBRIEF', null, true],
    ['SATISFACTION_TALK_SUGGESTED', 'HOLD_SATISFACTION_CONVERSATION', 'SATISFACTION', true],
    ['ROLE_SHARED', 'OPEN_ROLE', null, true],
  ] as const)('%s → %s', (kind, action, conversationKind, fromRole) => {
    expect(nudgeTarget(kind)).toEqual({ action, conversationKind, fromRole });
  });

  it('every kind has a target', () => {
    for (const kind of NUDGE_KINDS) expect(nudgeTarget(kind).action).toBeTruthy();
  });
});
