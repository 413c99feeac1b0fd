import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Interesting roles with their prep checklist and sharing state, interviews, the comment thread
 * between report and manager, and the access log the report can read.
 */
export class InterestingRoles1764200000000 implements MigrationInterface {
  name = 'InterestingRoles1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE interesting_roles (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        owner_id uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
        title varchar(200) NOT NULL,
        company varchar(200),
        url varchar(2000),
        location varchar(300),
        remote boolean NOT NULL DEFAULT false,
        description text,
        source varchar(30) NOT NULL,
        employment_types text[] NOT NULL DEFAULT '{}',
        salary_min numeric(14, 2),
        salary_max numeric(14, 2),
        salary_currency varchar(10),
        salary_unit varchar(20),
        date_posted varchar(40),
        valid_through varchar(40),
        level_id uuid REFERENCES levels (id) ON DELETE SET NULL,
        level_source varchar(10) NOT NULL DEFAULT 'INFERRED' CHECK (level_source IN ('INFERRED', 'OWNER', 'MANAGER')),
        level_confidence varchar(10) CHECK (level_confidence IN ('HIGH', 'LOW')),
        level_set_by_id uuid REFERENCES people (id) ON DELETE SET NULL,
        level_set_at timestamptz,
        told_not_looking boolean NOT NULL DEFAULT false,
        my_why text,
        why_they_reached_out text,
        job_description_received boolean NOT NULL DEFAULT false,
        what_would_it_take text,
        what_would_it_take_shared boolean NOT NULL DEFAULT false,
        outcome varchar(20) NOT NULL DEFAULT 'CONSIDERING',
        shared_at timestamptz,
        share_message text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT interesting_roles_salary_range CHECK (salary_min IS NULL OR salary_max IS NULL OR salary_min <= salary_max)
      )`);
    await q.query(`CREATE INDEX interesting_roles_owner_idx ON interesting_roles (organization_id, owner_id, created_at DESC)`);
    await q.query(`CREATE INDEX interesting_roles_owner_fk_idx ON interesting_roles (owner_id)`);
    await q.query(`CREATE INDEX interesting_roles_shared_idx ON interesting_roles (organization_id, owner_id, shared_at DESC) WHERE shared_at IS NOT NULL`);
    await q.query(`CREATE INDEX interesting_roles_level_idx ON interesting_roles (level_id)`);
    await q.query(`CREATE INDEX interesting_roles_level_set_by_idx ON interesting_roles (level_set_by_id)`);

    await q.query(`
      CREATE TABLE role_interviews (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        role_id uuid NOT NULL REFERENCES interesting_roles (id) ON DELETE CASCADE,
        held_on date NOT NULL,
        kind varchar(20) NOT NULL,
        notes text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX role_interviews_role_idx ON role_interviews (organization_id, role_id, held_on)`);
    await q.query(`CREATE INDEX role_interviews_role_fk_idx ON role_interviews (role_id)`);

    await q.query(`
      CREATE TABLE role_comments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        role_id uuid NOT NULL REFERENCES interesting_roles (id) ON DELETE CASCADE,
        author_id uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
        body text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX role_comments_role_idx ON role_comments (organization_id, role_id, created_at)`);
    await q.query(`CREATE INDEX role_comments_role_fk_idx ON role_comments (role_id)`);
    await q.query(`CREATE INDEX role_comments_author_idx ON role_comments (author_id)`);

    await q.query(`
      CREATE TABLE role_views (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        role_id uuid NOT NULL REFERENCES interesting_roles (id) ON DELETE CASCADE,
        viewer_id uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
        viewed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX role_views_role_idx ON role_views (organization_id, role_id, viewed_at DESC)`);
    await q.query(`CREATE INDEX role_views_role_fk_idx ON role_views (role_id)`);
    await q.query(`CREATE INDEX role_views_viewer_idx ON role_views (viewer_id, role_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['role_views', 'role_comments', 'role_interviews', 'interesting_roles']) await q.query(`DROP TABLE IF EXISTS ${table}`);
  }
}
