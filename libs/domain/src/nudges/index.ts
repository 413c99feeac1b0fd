export * from './nudge-kind';
export * from './mail-preferences';
export {
  SATISFACTION_TALK_LOOKBACK_DAYS,
  debriefPendingSince,
  isSatisfactionTalkSuggested,
  planSweep,
  practiceNudges,
  sharedRoleNudges,
  type DueNudge,
  type ReportPracticeFacts,
  type SharedRoleFacts,
  type SweepPlan,
  type UnresolvedNudge,
  type WantedNudge,
} from './nudge-rules';
export { MAX_SNOOZE_DAYS, NUDGE_STATUSES, effectiveNudgeStatus, snoozeUntil, type NudgeStatus, type SnoozeChoice, type SnoozeResult } from './snooze';
export { nudgeTarget, type NudgeAction, type NudgeTargetRule } from './nudge-target';
export {
  MAX_QUEUED_MAIL_ATTEMPTS,
  QUEUED_MAIL_SKIP_REASONS,
  queuedNudgeVerdict,
  type QueuedMailRecipient,
  type QueuedMailSkipReason,
  type QueuedMailVerdict,
  type QueuedNudgeFacts,
} from './queued-mail';
