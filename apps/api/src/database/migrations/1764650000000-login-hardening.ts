import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Log-in hardening: attempts remember the device cookie they carried (each trusted device has its own
 * small lockout, attempts without one share the account's), a table for the secret that signs device
 * cookies when none is configured (one row every instance reads), and what a person's session list
 * shows: when it was signed in and last used, on what, and the absolute end a sliding expiry cannot
 * pass. Not tenant tables: attempts and the secret exist before anyone's organization is known.
 */
export class LoginHardening1764650000000 implements MigrationInterface {
  name = 'LoginHardening1764650000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE login_attempts ADD COLUMN device_nonce varchar(64)`);
    await q.query(`CREATE INDEX login_attempts_device_idx ON login_attempts (device_nonce, attempted_at) WHERE device_nonce IS NOT NULL`);

    await q.query(`
      CREATE TABLE server_secrets (
        name varchar(64) PRIMARY KEY,
        secret bytea NOT NULL CHECK (octet_length(secret) >= 32),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);

    // Sessions opened before this keep the end they were given: they never slide past it.
    await q.query(`
      ALTER TABLE sessions
        ADD COLUMN signed_in_at timestamptz,
        ADD COLUMN last_used_at timestamptz,
        ADD COLUMN absolute_expires_at timestamptz,
        ADD COLUMN device varchar(100)`);
    await q.query(`UPDATE sessions SET signed_in_at = created_at, last_used_at = created_at, absolute_expires_at = expires_at`);
    await q.query(`
      ALTER TABLE sessions
        ALTER COLUMN signed_in_at SET NOT NULL,
        ALTER COLUMN last_used_at SET NOT NULL,
        ALTER COLUMN absolute_expires_at SET NOT NULL,
        ADD CONSTRAINT sessions_expiry_within_absolute CHECK (expires_at <= absolute_expires_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE sessions
        DROP CONSTRAINT IF EXISTS sessions_expiry_within_absolute,
        DROP COLUMN IF EXISTS device,
        DROP COLUMN IF EXISTS absolute_expires_at,
        DROP COLUMN IF EXISTS last_used_at,
        DROP COLUMN IF EXISTS signed_in_at`);
    await q.query(`DROP TABLE IF EXISTS server_secrets`);
    await q.query(`DROP INDEX IF EXISTS login_attempts_device_idx`);
    await q.query(`ALTER TABLE login_attempts DROP COLUMN IF EXISTS device_nonce`);
  }
}
