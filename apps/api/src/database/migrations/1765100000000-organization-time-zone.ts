import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each organization schedules in its own time zone (an IANA name such as Europe/Berlin): the
 * conversation slots its nudges suggest are 10:00 there. The API checks the name against the
 * runtime's time-zone data; the database only bounds its length.
 */
export class OrganizationTimeZone1765100000000 implements MigrationInterface {
  name = 'OrganizationTimeZone1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE organizations ADD COLUMN time_zone varchar(64) NOT NULL DEFAULT 'UTC' CHECK (time_zone <> '')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE organizations DROP COLUMN time_zone`);
  }
}
