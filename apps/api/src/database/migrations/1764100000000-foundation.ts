import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Organizations, their level ladder, people with their reporting-line history, sessions and
 * invitations. Every tenant table carries organization_id and the indexes used by tenant queries
 * start with it, so the data can later be distributed by organization.
 */
export class Foundation1764100000000 implements MigrationInterface {
  name = 'Foundation1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE organizations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(120) NOT NULL,
        practice_cadence_months int NOT NULL DEFAULT 12 CHECK (practice_cadence_months BETWEEN 1 AND 36),
        anonymity_threshold int NOT NULL DEFAULT 5 CHECK (anonymity_threshold BETWEEN 3 AND 100),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE levels (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        key varchar(20) NOT NULL,
        name varchar(60) NOT NULL,
        track varchar(10) NOT NULL CHECK (track IN ('IC', 'MANAGER')),
        rank int NOT NULL CHECK (rank BETWEEN 0 AND 100),
        keywords text[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT levels_organization_key UNIQUE (organization_id, key)
      )`);

    await q.query(`
      CREATE TABLE people (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        email varchar(254) NOT NULL,
        name varchar(120) NOT NULL,
        title varchar(120),
        level_id uuid REFERENCES levels (id) ON DELETE RESTRICT,
        manager_id uuid REFERENCES people (id) ON DELETE RESTRICT,
        is_admin boolean NOT NULL DEFAULT false,
        status varchar(12) NOT NULL CHECK (status IN ('INVITED', 'ACTIVE', 'DEACTIVATED')),
        password_hash text,
        joined_at timestamptz NOT NULL DEFAULT now(),
        deactivated_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT people_not_own_manager CHECK (manager_id IS NULL OR manager_id <> id)
      )`);
    await q.query(`CREATE UNIQUE INDEX people_email_key ON people (lower(email))`);
    await q.query(`CREATE INDEX people_organization_name_idx ON people (organization_id, lower(name), id)`);
    await q.query(`CREATE INDEX people_organization_manager_idx ON people (organization_id, manager_id)`);
    await q.query(`CREATE INDEX people_manager_idx ON people (manager_id)`);
    await q.query(`CREATE INDEX people_level_idx ON people (level_id)`);

    await q.query(`
      CREATE TABLE reporting_lines (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        report_id uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
        manager_id uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
        started_at timestamptz NOT NULL DEFAULT now(),
        ended_at timestamptz,
        changed_by_id uuid REFERENCES people (id) ON DELETE SET NULL,
        CONSTRAINT reporting_lines_period CHECK (ended_at IS NULL OR ended_at >= started_at),
        CONSTRAINT reporting_lines_not_self CHECK (report_id <> manager_id)
      )`);
    await q.query(`CREATE UNIQUE INDEX reporting_lines_current_key ON reporting_lines (report_id) WHERE ended_at IS NULL`);
    await q.query(`CREATE INDEX reporting_lines_organization_report_idx ON reporting_lines (organization_id, report_id, started_at)`);
    await q.query(`CREATE INDEX reporting_lines_organization_manager_idx ON reporting_lines (organization_id, manager_id, started_at)`);
    await q.query(`CREATE INDEX reporting_lines_manager_idx ON reporting_lines (manager_id)`);
    await q.query(`CREATE INDEX reporting_lines_changed_by_idx ON reporting_lines (changed_by_id)`);

    await q.query(`
      CREATE TABLE sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        person_id uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
        token_hash bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        CONSTRAINT sessions_token_hash_key UNIQUE (token_hash)
      )`);
    await q.query(`CREATE INDEX sessions_person_idx ON sessions (person_id)`);
    await q.query(`CREATE INDEX sessions_organization_idx ON sessions (organization_id)`);

    await q.query(`
      CREATE TABLE invitations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        person_id uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
        invited_by_id uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
        token_hash bytea NOT NULL,
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT invitations_token_hash_key UNIQUE (token_hash)
      )`);
    await q.query(`CREATE INDEX invitations_organization_person_idx ON invitations (organization_id, person_id)`);
    await q.query(`CREATE INDEX invitations_person_idx ON invitations (person_id)`);
    await q.query(`CREATE INDEX invitations_invited_by_idx ON invitations (invited_by_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['invitations', 'sessions', 'reporting_lines', 'people', 'levels', 'organizations']) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
