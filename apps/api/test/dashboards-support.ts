// Rows for dashboard suites, written straight to the tables as the database owner: the requests
// under test are reads, and the dates must be exact.
import type { CountFieldsFragment, MeasureFieldsFragment } from './generated/graphql';
import { unique } from './builders';
import type { TestApp } from './test-app';

export interface RoleRow {
  ownerId: string;
  /** A ladder key, or null for a role with no level (UNRATED). */
  levelKey: string | null;
  /** When it was shared (an instant), or null for a private role. */
  sharedAt: string | null;
  company?: string | null;
  interviews?: string[];
}

export class DashboardRows {
  constructor(
    private readonly app: TestApp,
    readonly organizationId: string,
  ) {}

  static async of(app: TestApp, personId: string): Promise<DashboardRows> {
    const [row]: { organization_id: string }[] = await app.db.query('SELECT organization_id FROM people WHERE id = $1', [personId]);
    return new DashboardRows(app, row.organization_id);
  }

  async role(role: RoleRow): Promise<string> {
    const [row]: { id: string }[] = await this.app.db.query(
      `INSERT INTO interesting_roles (organization_id, owner_id, title, company, source, level_id, shared_at)
       VALUES ($1, $2, 'A role', $3, 'FOUND_IT', (SELECT id FROM levels WHERE organization_id = $1 AND key = $4), $5) RETURNING id`,
      [this.organizationId, role.ownerId, role.company ?? null, role.levelKey, role.sharedAt],
    );
    for (const day of role.interviews ?? []) {
      await this.app.db.query(`INSERT INTO role_interviews (organization_id, role_id, held_on, kind) VALUES ($1, $2, $3, 'TECHNICAL')`, [this.organizationId, row.id, day]);
    }
    return row.id;
  }

  async debrief(reportId: string, heldById: string, heldOn: string, more: Record<string, unknown> = {}): Promise<string> {
    const columns = ['organization_id', 'report_id', 'held_by_id', 'held_on', ...Object.keys(more)];
    const values = [this.organizationId, reportId, heldById, heldOn, ...Object.values(more)];
    const [row]: { id: string }[] = await this.app.db.query(
      `INSERT INTO debriefs (${columns.join(', ')}) VALUES (${values.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING id`,
      values,
    );
    return row.id;
  }

  async conversation(reportId: string, heldById: string, kind: 'INTERVIEW_PRACTICE' | 'SATISFACTION' | 'CAREER', heldOn: string): Promise<string> {
    const [row]: { id: string }[] = await this.app.db.query(
      `INSERT INTO conversations (organization_id, report_id, held_by_id, kind, held_on) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [this.organizationId, reportId, heldById, kind, heldOn],
    );
    return row.id;
  }

  async actionItem(reportId: string, parent: { debriefId?: string; conversationId?: string }, createdById: string, dueOn: string | null, done = false): Promise<void> {
    await this.app.db.query(
      `INSERT INTO action_items (organization_id, report_id, debrief_id, conversation_id, owner, text, due_on, done_at, created_by_id)
       VALUES ($1, $2, $3, $4, 'REPORT', 'Practise', $5, CASE WHEN $6 THEN now() END, $7)`,
      [this.organizationId, reportId, parent.debriefId ?? null, parent.conversationId ?? null, dueOn, done, createdById],
    );
  }

  async joined(personId: string, at: string): Promise<void> {
    await this.app.db.query('UPDATE people SET joined_at = $2 WHERE id = $1', [personId, at]);
  }
}

/** A shown count's number; fails on a hidden one, which the team dashboard never has. */
export function shown(figure: CountFieldsFragment | MeasureFieldsFragment | null | undefined): number | null {
  if (figure == null) return null;
  if (!('value' in figure)) throw new Error(`a hidden figure: ${JSON.stringify(figure)}`);
  return figure.value;
}

/**
 * Rows for a manager's team of `size`, as the database owner, spread over the last two years: per
 * report a step up and a same-level role shared (interviews on both, a debrief after one), a
 * private role with interviews, practice and satisfaction conversations, action items.
 */
export async function seedTeam(app: TestApp, organizationId: string, managerId: string, size: number): Promise<void> {
  const sql = (text: string) => app.db.query(text, [organizationId, managerId]);
  const tag = unique('d');
  await app.db.query(
    `INSERT INTO people (organization_id, email, name, title, level_id, manager_id, status, joined_at)
     SELECT $1, 'r' || n || '-${tag}@example.com', 'Report ' || lpad(n::text, 4, '0'), 'Engineer',
            (SELECT id FROM levels WHERE organization_id = $1 AND key = 'IC' || (1 + n % 3)), $2, 'ACTIVE', now() - ((n * 7 % 1000) || ' days')::interval
       FROM generate_series(1, $3::int) n`,
    [organizationId, managerId, size],
  );
  const reports = `SELECT id, organization_id, abs(hashtext(id::text)) AS h FROM people WHERE organization_id = $1 AND manager_id = $2`;
  await sql(
    `INSERT INTO interesting_roles (organization_id, owner_id, title, company, source, level_id, shared_at)
     SELECT p.organization_id, p.id, t.title, t.company, 'FOUND_IT', (SELECT id FROM levels WHERE organization_id = $1 AND key = t.key),
            CASE WHEN t.shared THEN now() - ((p.h % 700) || ' days')::interval END
       FROM (${reports}) p
      CROSS JOIN (VALUES ('Staff Engineer', 'Globex', 'IC4', true), ('Engineer', 'Initech', 'IC2', true), ('Principal Engineer', 'Hooli', 'IC6', false)) AS t(title, company, key, shared)`,
  );
  await sql(
    `INSERT INTO role_interviews (organization_id, role_id, held_on, kind)
     SELECT r.organization_id, r.id, current_date - (abs(hashtext(r.id::text || n)) % 700), 'TECHNICAL'
       FROM interesting_roles r JOIN people p ON p.id = r.owner_id AND p.manager_id = $2 CROSS JOIN generate_series(1, 2) n
      WHERE r.organization_id = $1`,
  );
  await sql(
    `INSERT INTO debriefs (organization_id, report_id, held_by_id, role_id, held_on, stages, themes, stage_count, rating_started_on_time)
     SELECT r.organization_id, r.owner_id, $2, r.id, current_date - (abs(hashtext(r.id::text)) % 600),
            '{RECRUITER_SCREEN,TECHNICAL,FINAL}', '{ownership}', 3, 1 + abs(hashtext(r.id::text)) % 5
       FROM interesting_roles r JOIN people p ON p.id = r.owner_id AND p.manager_id = $2
      WHERE r.organization_id = $1 AND r.shared_at IS NOT NULL AND r.title = 'Staff Engineer'`,
  );
  await sql(
    `INSERT INTO conversations (organization_id, report_id, held_by_id, kind, held_on)
     SELECT p.organization_id, p.id, $2, k.kind, current_date - ((p.h + k.n) % 700)
       FROM (${reports}) p CROSS JOIN (VALUES ('INTERVIEW_PRACTICE', 0), ('SATISFACTION', 300)) AS k(kind, n)`,
  );
  await sql(
    `INSERT INTO action_items (organization_id, report_id, conversation_id, owner, text, due_on, created_by_id)
     SELECT c.organization_id, c.report_id, c.id, 'REPORT', 'Practise', c.held_on + 30, $2
       FROM conversations c JOIN people p ON p.id = c.report_id AND p.manager_id = $2 WHERE c.organization_id = $1`,
  );
}
