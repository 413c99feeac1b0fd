import { MigrationInterface, QueryRunner } from 'typeorm';
import { createTenantLookup, wallTenantTable } from './tenant-wall';

const LOOKUP = 'cross_tenant_calendar_feed_organization(p_token_hash bytea)';

/**
 * A person's calendar feed: a secret address their calendar app subscribes to, listing their
 * reports' practice due days. Only the token's SHA-256 is kept; one feed per person, replaced
 * when they make a new one and gone when they revoke it. A tenant table behind the wall.
 *
 * The calendar app knows nothing but the address, so which organization a token belongs to is
 * asked before any is known: one more SECURITY DEFINER lookup of the row-level-security
 * migration's kind, reading only the two columns it needs.
 */
export class CalendarFeeds1765300000000 implements MigrationInterface {
  name = 'CalendarFeeds1765300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE calendar_feeds (
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        person_id uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
        token_hash bytea NOT NULL CHECK (octet_length(token_hash) = 32),
        created_at timestamptz NOT NULL,
        PRIMARY KEY (organization_id, person_id),
        CONSTRAINT calendar_feeds_token_hash_key UNIQUE (token_hash)
      )`);
    await wallTenantTable(q, 'calendar_feeds');
    await createTenantLookup(q, {
      signature: LOOKUP,
      returns: 'uuid',
      body: 'SELECT organization_id FROM public.calendar_feeds WHERE token_hash = p_token_hash',
      table: 'calendar_feeds',
      columns: 'organization_id, token_hash',
    });
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION ${LOOKUP}`);
    await q.query(`DROP TABLE calendar_feeds`);
  }
}
