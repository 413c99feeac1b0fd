import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A report's choice to let their current manager see the debriefs, conversations and action items
 * they had with earlier managers. Rows are never deleted: ended ones are the report's history of
 * who could read what, and since when.
 */
export class RecordShares1764500000000 implements MigrationInterface {
  name = 'RecordShares1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE record_shares (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        report_id uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
        manager_id uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
        started_at timestamptz NOT NULL,
        ended_at timestamptz,
        ended_reason varchar(20) CHECK (ended_reason IN ('STOPPED', 'MANAGER_CHANGED')),
        CHECK ((ended_at IS NULL) = (ended_reason IS NULL))
      )`);
    await q.query(`CREATE UNIQUE INDEX record_shares_open_key ON record_shares (report_id) WHERE ended_at IS NULL`);
    await q.query(`CREATE INDEX record_shares_report_idx ON record_shares (organization_id, report_id, manager_id) WHERE ended_at IS NULL`);
    await q.query(`CREATE INDEX record_shares_history_idx ON record_shares (organization_id, report_id, started_at DESC)`);
    await q.query(`CREATE INDEX record_shares_report_fk_idx ON record_shares (report_id)`);
    await q.query(`CREATE INDEX record_shares_manager_idx ON record_shares (manager_id)`);
    // The manager's "opened since shared" mark reads the viewer's latest view of each role.
    await q.query(`CREATE INDEX role_views_viewer_latest_idx ON role_views (organization_id, viewer_id, role_id, viewed_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX role_views_viewer_latest_idx`);
    await q.query(`DROP TABLE record_shares`);
  }
}
