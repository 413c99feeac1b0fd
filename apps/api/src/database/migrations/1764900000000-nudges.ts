import { MigrationInterface, QueryRunner } from 'typeorm';
import { createTenantLookup, isolateTenantTable, type TenantLookup } from './1764700000000-row-level-security';

/**
 * Nudges: what the sweep raises for a report's current manager. A nudge is the same one on every
 * sweep by its key (organization, report, kind, dedup key): the unique index lets the sweep insert
 * with ON CONFLICT DO NOTHING, so re-runs and sweeps running at once from several instances
 * insert each nudge once. A resolved nudge keeps its key, so a sweep reading stale facts cannot
 * raise it again. Nothing about the report's roles is copied here: the inbox reads a role's
 * title through the role's sharing at read time, so a revoked or deleted role shows nothing.
 *
 * organization_id is no foreign key of its own: the report's row (ON DELETE CASCADE) already ties
 * each nudge to a live organization and goes with it, and a first sweep of a large organization
 * inserts tens of thousands of nudges, each checking every foreign key (the bench measured half a
 * second for that one over 95,000 rows). Row-level security still binds it like every tenant table.
 *
 * The nudge sweep visits every organization, which no statement under row-level security can
 * list: `cross_tenant_organization_ids()` answers only that, with ids and nothing else.
 */
const ORGANIZATION_IDS: TenantLookup = {
  signature: 'cross_tenant_organization_ids()',
  returns: 'SETOF uuid',
  body: `SELECT id FROM public.organizations ORDER BY id`,
};

export class Nudges1764900000000 implements MigrationInterface {
  name = 'Nudges1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE nudges (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        kind varchar(40) NOT NULL
          CHECK (kind IN ('PRACTICE_DUE_SOON', 'PRACTICE_OVERDUE', 'DEBRIEF_PENDING', 'SATISFACTION_TALK_SUGGESTED', 'ROLE_SHARED')),
        report_id uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
        recipient_id uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
        role_id uuid REFERENCES interesting_roles (id) ON DELETE SET NULL,
        dedup_key varchar(200) NOT NULL,
        due_on date,
        status varchar(12) NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'SNOOZED', 'DISMISSED', 'RESOLVED')),
        snoozed_until timestamptz,
        raised_at timestamptz NOT NULL,
        resolved_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT nudges_snooze_has_end CHECK ((status = 'SNOOZED') = (snoozed_until IS NOT NULL)),
        CONSTRAINT nudges_resolved_when CHECK (status <> 'RESOLVED' OR resolved_at IS NOT NULL)
      )`);
    // Few indexes, the first two doing two jobs each, since a first sweep of a large organization
    // inserts tens of thousands of nudges into every one of them. Those two lead with the person
    // rather than the organization (which the first holds too, and row-level security filters on):
    // - the deduplication key, which also serves the foreign key to the report and the sweep of a few reports;
    await q.query(`CREATE UNIQUE INDEX nudges_dedup_key ON nudges (report_id, kind, dedup_key, organization_id)`);
    // - a recipient's inbox newest first (and its open count), which also serves the foreign key to the recipient;
    await q.query(`CREATE INDEX nudges_inbox_idx ON nudges (recipient_id, raised_at DESC, id DESC)`);
    // - the foreign key to the role, whose deletion clears it.
    await q.query(`CREATE INDEX nudges_role_fk_idx ON nudges (role_id)`);
    await isolateTenantTable(q, 'nudges');
    await createTenantLookup(q, ORGANIZATION_IDS);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION ${ORGANIZATION_IDS.signature}`);
    await q.query(`DROP TABLE nudges`);
  }
}
