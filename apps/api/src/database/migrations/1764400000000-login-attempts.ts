import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Failed log-ins, counted per email and per client address to slow down password guessing. Not a
 * tenant table: an attempt is made before anyone is known to belong to an organization.
 */
export class LoginAttempts1764400000000 implements MigrationInterface {
  name = 'LoginAttempts1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE login_attempts (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        email_lower varchar(254) NOT NULL,
        client_ip varchar(64) NOT NULL,
        attempted_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX login_attempts_email_idx ON login_attempts (email_lower, attempted_at)`);
    await q.query(`CREATE INDEX login_attempts_ip_idx ON login_attempts (client_ip, attempted_at)`);
    await q.query(`CREATE INDEX login_attempts_time_idx ON login_attempts (attempted_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS login_attempts`);
  }
}
