import { MigrationInterface, QueryRunner } from 'typeorm';
import { wallTenantTable } from './tenant-wall';

// The kinds of libs/domain/src/nudges/nudge-kind.ts, as of this migration.
const KINDS = `ARRAY['PRACTICE_DUE_SOON', 'PRACTICE_OVERDUE', 'DEBRIEF_PENDING', 'SATISFACTION_TALK_SUGGESTED', 'ROLE_SHARED']::text[]`;

/**
 * What each person chose about nudge mail: all of it on or off, kinds never mailed, and one mail
 * per nudge or a daily digest. A person without a row gets the defaults (everything, at once), so
 * the row appears the first time they change something. A tenant table behind the wall.
 */
export class NotificationSettings1765200000000 implements MigrationInterface {
  name = 'NotificationSettings1765200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE notification_settings (
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        person_id uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
        email_enabled boolean NOT NULL DEFAULT true,
        muted_kinds text[] NOT NULL DEFAULT '{}' CHECK (muted_kinds <@ ${KINDS}),
        delivery varchar(12) NOT NULL DEFAULT 'IMMEDIATE' CHECK (delivery IN ('IMMEDIATE', 'DAILY_DIGEST')),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organization_id, person_id)
      )`);
    await wallTenantTable(q, 'notification_settings');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE notification_settings`);
  }
}
