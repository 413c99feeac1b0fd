import type { NudgeKind } from './nudge-kind';

/** What "open the thing it is about" does for each kind. */
export type NudgeAction = 'HOLD_PRACTICE_CONVERSATION' | 'WRITE_DEBRIEF' | 'HOLD_SATISFACTION_CONVERSATION' | 'OPEN_ROLE';

export interface NudgeTargetRule {
  action: NudgeAction;
  /** The conversation to start, for the conversation actions. */
  conversationKind: 'INTERVIEW_PRACTICE' | 'SATISFACTION' | null;
  /** Whether the action starts from the role the nudge is about. */
  fromRole: boolean;
}

const TARGETS: Record<NudgeKind, NudgeTargetRule> = {
  PRACTICE_DUE_SOON: { action: 'HOLD_PRACTICE_CONVERSATION', conversationKind: 'INTERVIEW_PRACTICE', fromRole: false },
  PRACTICE_OVERDUE: { action: 'HOLD_PRACTICE_CONVERSATION', conversationKind: 'INTERVIEW_PRACTICE', fromRole: false },
  DEBRIEF_PENDING: { action: 'WRITE_DEBRIEF', conversationKind: null, fromRole: true },
  SATISFACTION_TALK_SUGGESTED: { action: 'HOLD_SATISFACTION_CONVERSATION', conversationKind: 'SATISFACTION', fromRole: true },
  ROLE_SHARED: { action: 'OPEN_ROLE', conversationKind: null, fromRole: true },
};

/** Holding the conversation, writing the debrief or opening the role is also what resolves the nudge. */
export function nudgeTarget(kind: NudgeKind): NudgeTargetRule {
  return TARGETS[kind];
}
