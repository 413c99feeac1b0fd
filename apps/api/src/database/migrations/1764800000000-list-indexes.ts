import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for lists that page newest first. The inbox of roles shared with a manager walks each
 * direct report's shared roles in page order (shared_at, then id as the tie-break the cursor uses),
 * so it replaces the index that ordered by shared_at alone.
 */
export class ListIndexes1764800000000 implements MigrationInterface {
  name = 'ListIndexes1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX interesting_roles_shared_page_idx ON interesting_roles (organization_id, owner_id, shared_at DESC, id DESC) WHERE shared_at IS NOT NULL`,
    );
    await q.query(`DROP INDEX interesting_roles_shared_idx`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX interesting_roles_shared_idx ON interesting_roles (organization_id, owner_id, shared_at DESC) WHERE shared_at IS NOT NULL`);
    await q.query(`DROP INDEX interesting_roles_shared_page_idx`);
  }
}
