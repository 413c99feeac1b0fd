import { MigrationInterface, QueryRunner } from 'typeorm';

/** A comment its author edited says so: the thread shows "edited" and when. */
export class RoleCommentEdits1765700000000 implements MigrationInterface {
  name = 'RoleCommentEdits1765700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE role_comments ADD COLUMN edited_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE role_comments DROP COLUMN edited_at`);
  }
}
