import { MigrationInterface, QueryRunner } from 'typeorm';
import { createTenantLookup, wallTenantTable } from './tenant-wall';

const LOOKUP = 'cross_tenant_nudge_mail_organizations()';

// The reasons of libs/domain/src/nudges/queued-mail.ts, as of this migration.
const SKIP_REASONS = `'NUDGE_GONE', 'RESOLVED', 'DISMISSED', 'SNOOZED', 'MANAGER_CHANGED', 'REPORT_INACTIVE', 'RECIPIENT_INACTIVE', 'MAIL_OFF', 'NOTHING_LEFT', 'GAVE_UP'`;

/**
 * The nudge outbox: what is to be mailed about nudges, written in the transaction that raised them
 * (or by the daily digest), so that no nudge is mailed unless it committed and none is lost if
 * the process dies before the mail leaves. Three shapes of row, one table:
 *
 * - a **nudge mail**: `nudge_id` set. Unique per (nudge, channel): a nudge is mailed once, however
 *   often the sweep or the digest runs;
 * - a **digest**: `digest_day` set (the local day in the organization's time zone), no nudge;
 *   unique per (recipient, day, channel), so one digest per person and day;
 * - a **digest item**: a nudge mail that goes out inside a digest (`digest_id` set). It holds the
 *   nudge's (nudge, channel) key, so a nudge is in one digest at most, and never both in a digest
 *   and mailed alone.
 *
 * Nudge mails and digests are delivered (claimed, sent, marked); items go with their digest. The
 * Message-ID of a mail is derived from its row's id, so a mail sent again after a crash between the
 * SMTP server's acceptance and the commit is recognisably the same one.
 *
 * No column is a foreign key. A first sweep of a large organization writes a row for nearly every
 * nudge it raises, in its own transaction, and each foreign key is checked row by row: over 100,000
 * rows the three (nudge, recipient, digest) took about as long as the rest of the insert (0.8 of
 * 1.8 s, measured with EXPLAIN ANALYZE). Nothing in Onward deletes a nudge or a person, and delivery rereads
 * both through joins, so a row whose nudge or recipient went is skipped (NUDGE_GONE,
 * RECIPIENT_INACTIVE) rather than sent. The indexes below still serve every lookup by those columns.
 * Row-level security binds organization_id like every tenant table's.
 *
 * Delivery jobs are queued after the commit; a job that never got queued (the process died, or this
 * instance runs no jobs) is found by a scheduled pass over the organizations with mail waiting,
 * which `cross_tenant_nudge_mail_organizations()` lists, ids only, from the waiting rows' index.
 */
export class NudgeOutbox1765520000000 implements MigrationInterface {
  name = 'NudgeOutbox1765520000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE nudge_outbox (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        channel varchar(10) NOT NULL DEFAULT 'EMAIL' CHECK (channel IN ('EMAIL')),
        recipient_id uuid NOT NULL,
        nudge_id uuid,
        digest_day date,
        digest_id uuid,
        attempts smallint NOT NULL DEFAULT 0,
        claimed_at timestamptz,
        sent_at timestamptz,
        skipped_at timestamptz,
        skip_reason varchar(20) CHECK (skip_reason IN (${SKIP_REASONS})),
        last_error varchar(300),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT nudge_outbox_shape CHECK (
          (nudge_id IS NOT NULL AND digest_day IS NULL) OR (nudge_id IS NULL AND digest_day IS NOT NULL AND digest_id IS NULL)),
        CONSTRAINT nudge_outbox_skip_has_reason CHECK ((skipped_at IS NULL) = (skip_reason IS NULL)),
        CONSTRAINT nudge_outbox_sent_or_skipped CHECK (sent_at IS NULL OR skipped_at IS NULL)
      )`);
    // - one mail per nudge and channel (digest items included), and "was this nudge mailed?";
    await q.query(`CREATE UNIQUE INDEX nudge_outbox_nudge_key ON nudge_outbox (nudge_id, channel)`);
    // - one digest per person and day (other rows have no day, and NULLs never collide), and a person's rows;
    await q.query(`CREATE UNIQUE INDEX nudge_outbox_digest_key ON nudge_outbox (recipient_id, digest_day, channel)`);
    // - a digest's items, for its delivery;
    await q.query(`CREATE INDEX nudge_outbox_digest_items_idx ON nudge_outbox (digest_id) WHERE digest_id IS NOT NULL`);
    // - what is still to deliver, per organization, oldest first: the scheduled pass and its lookup read only this.
    await q.query(`CREATE INDEX nudge_outbox_waiting_idx ON nudge_outbox (organization_id, created_at)
                     WHERE sent_at IS NULL AND skipped_at IS NULL AND digest_id IS NULL`);
    await wallTenantTable(q, 'nudge_outbox');
    await createTenantLookup(q, {
      signature: LOOKUP,
      returns: 'SETOF uuid',
      body: 'SELECT DISTINCT organization_id FROM public.nudge_outbox WHERE sent_at IS NULL AND skipped_at IS NULL AND digest_id IS NULL',
      table: 'nudge_outbox',
      columns: 'organization_id, sent_at, skipped_at, digest_id',
    });
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION ${LOOKUP}`);
    await q.query(`DROP TABLE nudge_outbox`);
  }
}
