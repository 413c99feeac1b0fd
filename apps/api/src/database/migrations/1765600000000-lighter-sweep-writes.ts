import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Less to write per nudge. A first sweep of a large organization inserts a nudge for nearly every
 * report, and a nudge mail for most of them, in one statement; each index entry and each foreign
 * key checked row by row is paid 100,000 times (figures in docs/architecture.md, "Jobs and nudges").
 *
 * - `nudges` has no foreign keys any more, as the outbox has none: checked row by row, the three
 *   (report, recipient, role) cost about a third of the sweep's write. Nothing trusts a column
 *   alone. Every read joins the report's row: the inbox shows a nudge only while the report is
 *   active and its recipient is the report's current manager, delivery rereads the same, and the
 *   sweep resolves a nudge whose report it no longer finds and moves one whose recipient is not the
 *   report's manager. Onward deletes no person and no organization (people are deactivated); a row
 *   left by one deleted by hand would be one nobody reads. A nudge's role is read through the role
 *   access check, which finds nothing for a deleted role, and the role's deletion resolves the
 *   nudge (the sweep runs in the deleting request), so the key's ON DELETE SET NULL, and the index
 *   it needed, go too.
 * - `nudge_outbox_digest_key` holds only digests: a nudge mail has no day, and NULLs never collide,
 *   so its entries there served nothing. Inserts name the index's predicate (`ON CONFLICT … WHERE`).
 * - Nudges and outbox rows get time-ordered ids (UUID version 7: the first 48 bits are the Unix time
 *   in milliseconds, the rest random, as PostgreSQL 18's `uuidv7()`, which older servers lack), so a
 *   sweep's rows enter the primary keys and the outbox's (nudge, channel) key at their right edge
 *   instead of at random pages. They say when a row was written, which `raised_at` says already.
 */
export class LighterSweepWrites1765600000000 implements MigrationInterface {
  name = 'LighterSweepWrites1765600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION onward_uuid_v7() RETURNS uuid LANGUAGE sql VOLATILE PARALLEL SAFE AS $$
        SELECT encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid())
                 PLACING substring(int8send(floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3) FROM 1 FOR 6), 52, 1), 53, 1), 'hex')::uuid
      $$`);
    await q.query(`ALTER TABLE nudges ALTER COLUMN id SET DEFAULT onward_uuid_v7()`);
    await q.query(`ALTER TABLE nudge_outbox ALTER COLUMN id SET DEFAULT onward_uuid_v7()`);
    await q.query(`ALTER TABLE nudges DROP CONSTRAINT nudges_report_id_fkey, DROP CONSTRAINT nudges_recipient_id_fkey, DROP CONSTRAINT nudges_role_id_fkey`);
    await q.query(`DROP INDEX nudges_role_fk_idx`);
    await q.query(`DROP INDEX nudge_outbox_digest_key`);
    await q.query(`CREATE UNIQUE INDEX nudge_outbox_digest_key ON nudge_outbox (recipient_id, digest_day, channel) WHERE digest_day IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE nudge_outbox ALTER COLUMN id SET DEFAULT gen_random_uuid()`);
    await q.query(`ALTER TABLE nudges ALTER COLUMN id SET DEFAULT gen_random_uuid()`);
    await q.query(`DROP FUNCTION onward_uuid_v7()`);
    await q.query(`DROP INDEX nudge_outbox_digest_key`);
    await q.query(`CREATE UNIQUE INDEX nudge_outbox_digest_key ON nudge_outbox (recipient_id, digest_day, channel)`);
    // Role ids of deleted roles are cleared first, as the key would have done.
    await q.query(`UPDATE nudges n SET role_id = NULL WHERE role_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM interesting_roles r WHERE r.id = n.role_id)`);
    await q.query(`CREATE INDEX nudges_role_fk_idx ON nudges (role_id)`);
    await q.query(
      `ALTER TABLE nudges ADD CONSTRAINT nudges_report_id_fkey FOREIGN KEY (report_id) REFERENCES people (id) ON DELETE CASCADE,
                          ADD CONSTRAINT nudges_recipient_id_fkey FOREIGN KEY (recipient_id) REFERENCES people (id) ON DELETE CASCADE,
                          ADD CONSTRAINT nudges_role_id_fkey FOREIGN KEY (role_id) REFERENCES interesting_roles (id) ON DELETE SET NULL`,
    );
  }
}
