import {
  DEFAULT_MAIL_PREFERENCES,
  type MailDelivery,
  type NudgeKind,
  type NudgeStatus,
  type QueuedMailRecipient,
  type QueuedMailSkipReason,
  type QueuedNudgeFacts,
} from '@onward/domain';
import type { EntityManager } from 'typeorm';

/** A nudge mail or a digest a worker holds: it alone may send it until its lease runs out. */
export interface ClaimedMail {
  id: string;
  recipientId: string;
  /** Set for a nudge mail. */
  nudgeId: string | null;
  /** Set for a digest. */
  digestDay: string | null;
  /** This attempt's number, from 1. */
  attempt: number;
  claimedAt: Date;
}

export type Claim =
  | { state: 'CLAIMED'; mail: ClaimedMail }
  /** Sent, skipped, given up, gone, or an item that goes with its digest: nothing to do. */
  | { state: 'SETTLED' }
  /** Another worker holds it and its lease has not run out: try again later. */
  | { state: 'HELD' }
  /** Every attempt was used. */
  | { state: 'EXHAUSTED' };

/**
 * Takes a mail for one attempt, atomically: only while it is neither sent nor skipped, free or
 * past its lease (`leaseStart` is now minus the lease), with attempts left. Its own statement,
 * committed before anything is sent, so the claim holds if the worker dies. When no claim is
 * made, the row as it stood says why (a worker that lost a race to another sees it as it was
 * before the winner's claim, and waits).
 */
export async function claimMail(db: EntityManager, organizationId: string, id: string, now: Date, leaseStart: Date, maxAttempts: number): Promise<Claim> {
  const rows: { claimed_id: string | null; recipient_id: string; nudge_id: string | null; digest_day: string | null; attempts: number; settled: boolean }[] = await db.query(
    `WITH claimed AS (
       UPDATE nudge_outbox SET claimed_at = $3, attempts = attempts + 1
        WHERE organization_id = $1 AND id = $2 AND digest_id IS NULL AND sent_at IS NULL AND skipped_at IS NULL
          AND (claimed_at IS NULL OR claimed_at <= $4) AND attempts < $5
       RETURNING id, attempts
     )
     SELECT c.id AS claimed_id, o.recipient_id, o.nudge_id, to_char(o.digest_day, 'YYYY-MM-DD') AS digest_day, coalesce(c.attempts, o.attempts) AS attempts,
            (o.sent_at IS NOT NULL OR o.skipped_at IS NOT NULL OR o.digest_id IS NOT NULL) AS settled
       FROM nudge_outbox o LEFT JOIN claimed c ON c.id = o.id
      WHERE o.organization_id = $1 AND o.id = $2`,
    [organizationId, id, now, leaseStart, maxAttempts],
  );
  const [row] = rows;
  if (!row || row.settled) return { state: 'SETTLED' };
  if (row.claimed_id) {
    return { state: 'CLAIMED', mail: { id, recipientId: row.recipient_id, nudgeId: row.nudge_id, digestDay: row.digest_day, attempt: row.attempts, claimedAt: now } };
  }
  return row.attempts >= maxAttempts ? { state: 'EXHAUSTED' } : { state: 'HELD' };
}

/** A nudge a mail is about, with everything its words and its checks need, read as it stands now. */
export interface MailItem {
  /** The outbox row that stands for the nudge: the mail itself, or the digest's item. */
  rowId: string;
  nudgeId: string | null;
  facts: QueuedNudgeFacts;
  reportId: string | null;
  reportName: string | null;
  reportEmail: string | null;
  roleId: string | null;
  dueOn: string | null;
}

export interface MailFacts {
  recipient: QueuedMailRecipient & { name: string; email: string };
  items: MailItem[];
}

/**
 * What a claimed mail is about, now, in one statement: its recipient (with their mail settings)
 * and each nudge it carries (one for a nudge mail, the items of a digest), with the nudge's state
 * and addressee, and who the report's manager is now. Null when the recipient is gone.
 */
export async function mailFacts(db: EntityManager, organizationId: string, mail: ClaimedMail): Promise<MailFacts | null> {
  const rows: {
    row_id: string;
    nudge_id: string | null;
    kind: NudgeKind | null;
    status: NudgeStatus | null;
    snoozed_until: Date | null;
    nudge_recipient_id: string | null;
    due_on: string | null;
    role_id: string | null;
    report_id: string | null;
    report_name: string | null;
    report_email: string | null;
    report_manager_id: string | null;
    report_active: boolean | null;
    recipient_name: string;
    recipient_email: string;
    recipient_active: boolean;
    email_enabled: boolean | null;
    muted_kinds: NudgeKind[] | null;
    delivery: MailDelivery | null;
  }[] = await db.query(
    `SELECT o.id AS row_id, o.nudge_id, n.kind, n.status, n.snoozed_until, n.recipient_id AS nudge_recipient_id, to_char(n.due_on, 'YYYY-MM-DD') AS due_on,
            n.role_id, n.report_id, rp.name AS report_name, rp.email AS report_email, rp.manager_id AS report_manager_id, rp.status <> 'DEACTIVATED' AS report_active,
            m.name AS recipient_name, m.email AS recipient_email, m.status <> 'DEACTIVATED' AS recipient_active, s.email_enabled, s.muted_kinds, s.delivery
       FROM nudge_outbox o
       JOIN people m ON m.organization_id = o.organization_id AND m.id = o.recipient_id
       LEFT JOIN nudges n ON n.organization_id = o.organization_id AND n.id = o.nudge_id
       LEFT JOIN people rp ON rp.organization_id = n.organization_id AND rp.id = n.report_id
       LEFT JOIN notification_settings s ON s.organization_id = o.organization_id AND s.person_id = o.recipient_id
      WHERE o.organization_id = $1 AND ((o.id = $2 AND o.nudge_id IS NOT NULL) OR o.digest_id = $2)
      ORDER BY n.raised_at, rp.name, n.kind, o.id`,
    [organizationId, mail.id],
  );
  // A digest with no items left still names its recipient: read them alone.
  const recipientRow = rows[0] ?? (await recipientOnly(db, organizationId, mail.recipientId));
  if (!recipientRow) return null;
  return {
    recipient: {
      personId: mail.recipientId,
      name: recipientRow.recipient_name,
      email: recipientRow.recipient_email,
      active: recipientRow.recipient_active,
      preferences: {
        emailEnabled: recipientRow.email_enabled ?? DEFAULT_MAIL_PREFERENCES.emailEnabled,
        mutedKinds: recipientRow.muted_kinds ?? DEFAULT_MAIL_PREFERENCES.mutedKinds,
        delivery: recipientRow.delivery ?? DEFAULT_MAIL_PREFERENCES.delivery,
      },
    },
    items: rows.map((row) => ({
      rowId: row.row_id,
      nudgeId: row.nudge_id,
      facts: {
        kind: row.kind,
        status: row.status,
        snoozedUntil: row.snoozed_until,
        recipientId: row.nudge_recipient_id,
        reportManagerId: row.report_manager_id,
        reportActive: row.report_active ?? false,
      },
      reportId: row.report_id,
      reportName: row.report_name,
      reportEmail: row.report_email,
      roleId: row.role_id,
      dueOn: row.due_on,
    })),
  };
}

async function recipientOnly(db: EntityManager, organizationId: string, personId: string) {
  const rows: { recipient_name: string; recipient_email: string; recipient_active: boolean; email_enabled: boolean | null; muted_kinds: NudgeKind[] | null; delivery: MailDelivery | null }[] =
    await db.query(
      `SELECT m.name AS recipient_name, m.email AS recipient_email, m.status <> 'DEACTIVATED' AS recipient_active, s.email_enabled, s.muted_kinds, s.delivery
         FROM people m LEFT JOIN notification_settings s ON s.organization_id = m.organization_id AND s.person_id = m.id
        WHERE m.organization_id = $1 AND m.id = $2`,
      [organizationId, personId],
    );
  return rows[0];
}

/** How one row ends: sent (reason null) or skipped for a reason. */
export interface RowOutcome {
  rowId: string;
  reason: QueuedMailSkipReason | null;
}

/**
 * Records how a mail and its items ended, in one statement. Rows already settled are left as
 * they are: a worker whose lease ran out while it sent loses to the one that recorded first.
 */
export async function settleMail(db: EntityManager, organizationId: string, outcomes: readonly RowOutcome[], at: Date): Promise<void> {
  await db.query(
    `UPDATE nudge_outbox o
        SET sent_at = CASE WHEN x.reason IS NULL THEN $3::timestamptz END, skipped_at = CASE WHEN x.reason IS NOT NULL THEN $3::timestamptz END,
            skip_reason = x.reason, last_error = NULL
       FROM json_to_recordset($2::json) AS x(id uuid, reason text)
      WHERE o.organization_id = $1 AND o.id = x.id AND o.sent_at IS NULL AND o.skipped_at IS NULL`,
    [organizationId, JSON.stringify(outcomes.map((o) => ({ id: o.rowId, reason: o.reason }))), at],
  );
}

/** A mail (and a digest's items) whose attempts ran out, in one statement. */
export async function giveUpMail(db: EntityManager, organizationId: string, id: string, at: Date): Promise<void> {
  await db.query(
    `UPDATE nudge_outbox SET skipped_at = $3, skip_reason = 'GAVE_UP'
      WHERE organization_id = $1 AND (id = $2 OR digest_id = $2) AND sent_at IS NULL AND skipped_at IS NULL`,
    [organizationId, id, at],
  );
}

/**
 * Keeps why an attempt failed. `release`: the SMTP server refused the mail, so it surely was not
 * sent and the next attempt may start at once; otherwise (no answer, the database failing) it may
 * have gone, and the claim stays until its lease runs out.
 */
export async function recordFailure(db: EntityManager, organizationId: string, mail: ClaimedMail, error: string, release: boolean): Promise<void> {
  await db.query(
    `UPDATE nudge_outbox SET last_error = $3, claimed_at = CASE WHEN $4 THEN NULL ELSE claimed_at END
      WHERE organization_id = $1 AND id = $2 AND sent_at IS NULL AND claimed_at = $5`,
    [organizationId, mail.id, error.slice(0, 300), release, mail.claimedAt],
  );
}
