// Rows for dashboard suites, written straight to the tables as the database owner: the requests
// under test are reads, and the dates must be exact.
import type { CountFieldsFragment, MeasureFieldsFragment } from './generated/graphql';
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
