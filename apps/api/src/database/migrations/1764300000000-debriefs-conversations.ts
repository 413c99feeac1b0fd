import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Debriefs and growth conversations a manager holds with a report, and their action items. Each
 * belongs to the report: visible to them and their current manager only.
 */
export class DebriefsConversations1764300000000 implements MigrationInterface {
  name = 'DebriefsConversations1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE debriefs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        report_id uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
        held_by_id uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
        role_id uuid REFERENCES interesting_roles (id) ON DELETE SET NULL,
        held_on date NOT NULL,
        went_well text,
        could_be_better text,
        third_party_feedback text,
        assessed_level_id uuid REFERENCES levels (id) ON DELETE SET NULL,
        assessed_level_label varchar(100),
        outcome varchar(20),
        stages text[] NOT NULL DEFAULT '{}',
        stage_count int CHECK (stage_count BETWEEN 1 AND 30),
        themes text[] NOT NULL DEFAULT '{}',
        rating_started_on_time smallint CHECK (rating_started_on_time BETWEEN 1 AND 5),
        rating_role_clearly_explained smallint CHECK (rating_role_clearly_explained BETWEEN 1 AND 5),
        rating_interviewers_prepared smallint CHECK (rating_interviewers_prepared BETWEEN 1 AND 5),
        rating_treated_with_respect smallint CHECK (rating_treated_with_respect BETWEEN 1 AND 5),
        rating_challenging smallint CHECK (rating_challenging BETWEEN 1 AND 5),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX debriefs_report_idx ON debriefs (organization_id, report_id, held_on DESC)`);
    await q.query(`CREATE INDEX debriefs_report_fk_idx ON debriefs (report_id)`);
    await q.query(`CREATE INDEX debriefs_held_by_idx ON debriefs (held_by_id)`);
    await q.query(`CREATE INDEX debriefs_role_idx ON debriefs (role_id)`);
    await q.query(`CREATE INDEX debriefs_assessed_level_idx ON debriefs (assessed_level_id)`);

    await q.query(`
      CREATE TABLE conversations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        report_id uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
        held_by_id uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
        kind varchar(30) NOT NULL CHECK (kind IN ('INTERVIEW_PRACTICE', 'SATISFACTION', 'CAREER')),
        role_id uuid REFERENCES interesting_roles (id) ON DELETE SET NULL,
        held_on date NOT NULL,
        answers jsonb NOT NULL DEFAULT '[]',
        notes text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX conversations_report_idx ON conversations (organization_id, report_id, kind, held_on DESC)`);
    await q.query(`CREATE INDEX conversations_report_fk_idx ON conversations (report_id)`);
    await q.query(`CREATE INDEX conversations_held_by_idx ON conversations (held_by_id)`);
    await q.query(`CREATE INDEX conversations_role_idx ON conversations (role_id)`);

    await q.query(`
      CREATE TABLE action_items (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        report_id uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
        debrief_id uuid REFERENCES debriefs (id) ON DELETE CASCADE,
        conversation_id uuid REFERENCES conversations (id) ON DELETE CASCADE,
        owner varchar(10) NOT NULL CHECK (owner IN ('REPORT', 'MANAGER')),
        text varchar(1000) NOT NULL,
        due_on date,
        done_at timestamptz,
        created_by_id uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT action_items_one_parent CHECK ((debrief_id IS NULL) <> (conversation_id IS NULL))
      )`);
    await q.query(`CREATE INDEX action_items_report_open_idx ON action_items (organization_id, report_id, created_at) WHERE done_at IS NULL`);
    await q.query(`CREATE INDEX action_items_report_idx ON action_items (organization_id, report_id, created_at)`);
    await q.query(`CREATE INDEX action_items_report_fk_idx ON action_items (report_id)`);
    await q.query(`CREATE INDEX action_items_debrief_idx ON action_items (debrief_id)`);
    await q.query(`CREATE INDEX action_items_conversation_idx ON action_items (conversation_id)`);
    await q.query(`CREATE INDEX action_items_created_by_idx ON action_items (created_by_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['action_items', 'conversations', 'debriefs']) await q.query(`DROP TABLE IF EXISTS ${table}`);
  }
}
