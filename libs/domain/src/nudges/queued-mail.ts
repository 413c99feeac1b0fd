import type { MailPreferences } from './mail-preferences';
import { nudgeMailing } from './mail-preferences';
import type { NudgeKind } from './nudge-kind';
import { effectiveNudgeStatus, type NudgeStatus } from './snooze';

/** Why a queued nudge mail was not sent after all; each is a state the mail would misreport. */
export const QUEUED_MAIL_SKIP_REASONS = [
  /** The nudge is gone (its report was removed). */
  'NUDGE_GONE',
  /** Its reason went away (the conversation was held, the role opened, revoked or deleted). */
  'RESOLVED',
  /** The manager put it away in the app before the mail left. */
  'DISMISSED',
  'SNOOZED',
  /** The mail was for a manager who no longer is the report's: it would tell a former manager about them. */
  'MANAGER_CHANGED',
  'REPORT_INACTIVE',
  'RECIPIENT_INACTIVE',
  /** The recipient turned this mail off since it was queued. */
  'MAIL_OFF',
  /** A digest none of whose nudges is still worth mailing. */
  'NOTHING_LEFT',
  /** Every attempt failed; the nudge still shows in the app. */
  'GAVE_UP',
] as const;
export type QueuedMailSkipReason = (typeof QUEUED_MAIL_SKIP_REASONS)[number];

/** A nudge as it stands when its queued mail is about to leave, read afresh (null fields: the nudge is gone). */
export interface QueuedNudgeFacts {
  kind: NudgeKind | null;
  status: NudgeStatus | null;
  snoozedUntil: Date | null;
  /** Whom the nudge is addressed to now (it follows a new manager). */
  recipientId: string | null;
  /** The report's manager now, and whether the report is still active. */
  reportManagerId: string | null;
  reportActive: boolean;
}

/** The person a queued mail was written for, as they stand now. */
export interface QueuedMailRecipient {
  personId: string;
  active: boolean;
  preferences: MailPreferences;
}

export type QueuedMailVerdict = { send: true } | { send: false; reason: QueuedMailSkipReason };

/**
 * Whether a nudge mail queued for `recipient` may still go out: only while the nudge is open, still
 * theirs, about a report who still reports to them, and they still want it by mail. Anything
 * else would tell them something that is no longer true, or tell a former manager about a report.
 * A switch between one mail per nudge and the digest after it was queued does not hold it back.
 */
export function queuedNudgeVerdict(nudge: QueuedNudgeFacts, recipient: QueuedMailRecipient, now: Date): QueuedMailVerdict {
  if (nudge.kind === null || nudge.status === null) return { send: false, reason: 'NUDGE_GONE' };
  const status = effectiveNudgeStatus(nudge.status, nudge.snoozedUntil, now);
  if (status !== 'OPEN') return { send: false, reason: status };
  if (nudge.recipientId !== recipient.personId || nudge.reportManagerId !== recipient.personId) return { send: false, reason: 'MANAGER_CHANGED' };
  if (!nudge.reportActive) return { send: false, reason: 'REPORT_INACTIVE' };
  if (!recipient.active) return { send: false, reason: 'RECIPIENT_INACTIVE' };
  if (nudgeMailing(recipient.preferences, nudge.kind) === 'NOT_MAILED') return { send: false, reason: 'MAIL_OFF' };
  return { send: true };
}

/** A mail's attempts before it is given up; with the default delays (30 s doubling, at most an hour) they span about nine hours. */
export const MAX_QUEUED_MAIL_ATTEMPTS = 16;
