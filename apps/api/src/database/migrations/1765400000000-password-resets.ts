import { MigrationInterface, QueryRunner } from 'typeorm';
import { createTenantLookup, wallTenantTable } from './tenant-wall';

const LOOKUP = 'cross_tenant_password_reset_organization(p_token_hash bytea)';

/**
 * "Forgot my password": single-use, expiring reset links, only their token's SHA-256 kept (a
 * tenant table behind the wall), and the requests counted per email and client address before
 * anyone is known (like log-in attempts, no organization's data, so outside the wall).
 *
 * The link's page knows nothing but the token, so its organization is one more SECURITY DEFINER
 * lookup of the row-level-security migration's kind, reading only the two columns it needs.
 */
export class PasswordResets1765400000000 implements MigrationInterface {
  name = 'PasswordResets1765400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE password_resets (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        person_id uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
        token_hash bytea NOT NULL CHECK (octet_length(token_hash) = 32),
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT password_resets_token_hash_key UNIQUE (token_hash)
      )`);
    await q.query(`CREATE INDEX password_resets_person_idx ON password_resets (organization_id, person_id)`);
    await wallTenantTable(q, 'password_resets');
    await createTenantLookup(q, {
      signature: LOOKUP,
      returns: 'uuid',
      body: 'SELECT organization_id FROM public.password_resets WHERE token_hash = p_token_hash',
      table: 'password_resets',
      columns: 'organization_id, token_hash',
    });

    await q.query(`
      CREATE TABLE password_reset_requests (
        id bigserial PRIMARY KEY,
        email_lower varchar(254) NOT NULL,
        client_ip varchar(64) NOT NULL,
        requested_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX password_reset_requests_email_idx ON password_reset_requests (email_lower, requested_at)`);
    await q.query(`CREATE INDEX password_reset_requests_client_idx ON password_reset_requests (client_ip, requested_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE password_reset_requests`);
    await q.query(`DROP FUNCTION ${LOOKUP}`);
    await q.query(`DROP TABLE password_resets`);
  }
}
