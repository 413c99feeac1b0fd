import type { EntityManager } from 'typeorm';
import { nudgeMailingSql } from '../notification-settings/notification-settings.queries';

/**
 * The outbox's part of the sweep's write statement (`RaisedNudgesWrite`), for the nudges it just
 * inserted (`raised`: id, kind, recipient_id; `$1` the organization): a nudge mail for each one whose
 * recipient wants that kind mailed one by one. It runs in that statement, so it commits with the
 * nudges or not at all, and costs the sweep no statement and no round trip of the nudges' ids.
 * Keyed on (nudge, channel), so a sweep that raised nothing new, a re-run, or a twin on another
 * instance writes nothing more. Digest people get nothing here: their digest gathers their open
 * nudges once a day.
 */
export function nudgeMailsOfRaisedSql(raised: string): string {
  return `INSERT INTO nudge_outbox (organization_id, channel, nudge_id, recipient_id)
     SELECT $1::uuid, 'EMAIL', r.id, r.recipient_id
       FROM ${raised} r
       LEFT JOIN notification_settings s ON s.organization_id = $1::uuid AND s.person_id = r.recipient_id
      WHERE ${nudgeMailingSql('s', 'r.kind')} = 'NOW'
     ON CONFLICT (nudge_id, channel) DO NOTHING
     RETURNING id`;
}

/**
 * The day's digests of one organization, in one statement: for each person who chose the daily
 * digest and has none for `day` yet, one digest row, and an item row for each of their nudges
 * that is open in their inbox (a snooze that ran out counts), of a kind they get by mail, and not
 * mailed before (no row for the nudge and channel, alone or in an earlier digest). Two runs at
 * once write one digest per person: the second finds the first's row on the (recipient, day) key.
 */
export async function gatherDigests(db: EntityManager, organizationId: string, day: string, now: Date): Promise<string[]> {
  const rows: { id: string }[] = await db.query(
    `WITH candidates AS (
       SELECT n.id, n.recipient_id
         FROM notification_settings s
         JOIN nudges n ON n.organization_id = s.organization_id AND n.recipient_id = s.person_id
         JOIN people p ON p.organization_id = n.organization_id AND p.id = n.report_id AND p.manager_id = n.recipient_id AND p.status <> 'DEACTIVATED'
        WHERE s.organization_id = $1::uuid AND s.delivery = 'DAILY_DIGEST' AND s.email_enabled
          AND NOT EXISTS (SELECT 1 FROM nudge_outbox d
                           WHERE d.organization_id = s.organization_id AND d.recipient_id = s.person_id AND d.digest_day = $2::date AND d.channel = 'EMAIL')
          AND n.resolved_at IS NULL AND (n.status = 'OPEN' OR (n.status = 'SNOOZED' AND n.snoozed_until <= $3))
          AND ${nudgeMailingSql('s', 'n.kind')} = 'IN_DIGEST'
          AND NOT EXISTS (SELECT 1 FROM nudge_outbox o WHERE o.organization_id = n.organization_id AND o.nudge_id = n.id AND o.channel = 'EMAIL')
     ), digests AS (
       INSERT INTO nudge_outbox (organization_id, channel, recipient_id, digest_day)
       SELECT DISTINCT $1::uuid, 'EMAIL', recipient_id, $2::date FROM candidates
       ON CONFLICT (recipient_id, digest_day, channel) WHERE digest_day IS NOT NULL DO NOTHING
       RETURNING id, recipient_id
     ), items AS (
       INSERT INTO nudge_outbox (organization_id, channel, nudge_id, recipient_id, digest_id)
       SELECT $1::uuid, 'EMAIL', c.id, c.recipient_id, d.id FROM candidates c JOIN digests d ON d.recipient_id = c.recipient_id
       ON CONFLICT (nudge_id, channel) DO NOTHING
     )
     -- PostgreSQL runs every data-modifying part to completion, read or not. A digest whose items all lost a
     -- race to nudge mails written meanwhile is returned too: delivery finds nothing left in it and skips it.
     SELECT id FROM digests`,
    [organizationId, day, now],
  );
  return rows.map((row) => row.id);
}

/**
 * Mail of one organization still to deliver and free to take (never claimed, or its claim's lease
 * ran out), oldest first: what the scheduled pass queues again, in case its job was never queued
 * or was lost. `leaseStart` is now minus the lease.
 */
export async function waitingMails(db: EntityManager, organizationId: string, leaseStart: Date, limit: number): Promise<string[]> {
  const rows: { id: string }[] = await db.query(
    `SELECT id FROM nudge_outbox
      WHERE organization_id = $1 AND sent_at IS NULL AND skipped_at IS NULL AND digest_id IS NULL AND (claimed_at IS NULL OR claimed_at <= $2)
      ORDER BY created_at LIMIT $3`,
    [organizationId, leaseStart, limit],
  );
  return rows.map((row) => row.id);
}
