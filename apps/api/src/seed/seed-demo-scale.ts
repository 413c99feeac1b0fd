import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { LevelEntity } from '../ladder/level.entity';
import { PersonStatus } from '../people/person.entity';
import type { RoleLevelService } from '../roles/role-level.service';
import { demoHistory, type Row } from './demo-history';
import { DEMO_EMAIL_DOMAIN, type DemoPerson } from './demo-organization';
import { DEMO_SEED, DEMO_TEAMS, demoOrgChart, LEADS_DRIVE } from './demo-org-chart';
import { DemoRandom } from './demo-random';

const DAY = 86_400_000;

/** Each table the generated part writes, with its columns and their types (as `jsonb_to_recordset` reads them). */
const TABLES = {
  people: {
    id: 'uuid', organization_id: 'uuid', email: 'varchar', name: 'varchar', title: 'varchar', level_id: 'uuid', manager_id: 'uuid',
    is_admin: 'boolean', status: 'varchar', password_hash: 'text', joined_at: 'timestamptz',
  },
  reporting_lines: { organization_id: 'uuid', report_id: 'uuid', manager_id: 'uuid', started_at: 'timestamptz' },
  interesting_roles: {
    id: 'uuid', organization_id: 'uuid', owner_id: 'uuid', title: 'varchar', company: 'varchar', location: 'varchar', remote: 'boolean',
    source: 'varchar', my_why: 'text', what_would_it_take: 'text', what_would_it_take_shared: 'boolean', told_not_looking: 'boolean',
    job_description_received: 'boolean', outcome: 'varchar', shared_at: 'timestamptz', share_message: 'text', level_source: 'varchar',
    level_id: 'uuid', level_confidence: 'varchar', created_at: 'timestamptz',
  },
  role_interviews: { organization_id: 'uuid', role_id: 'uuid', held_on: 'date', kind: 'varchar', created_at: 'timestamptz' },
  role_views: { organization_id: 'uuid', role_id: 'uuid', viewer_id: 'uuid', viewed_at: 'timestamptz' },
  debriefs: {
    id: 'uuid', organization_id: 'uuid', report_id: 'uuid', held_by_id: 'uuid', role_id: 'uuid', held_on: 'date', went_well: 'text',
    could_be_better: 'text', third_party_feedback: 'text', assessed_level_id: 'uuid', assessed_level_label: 'varchar', outcome: 'varchar',
    stages: 'text[]', stage_count: 'int', themes: 'text[]', rating_started_on_time: 'smallint', rating_role_clearly_explained: 'smallint',
    rating_interviewers_prepared: 'smallint', rating_treated_with_respect: 'smallint', rating_challenging: 'smallint', created_at: 'timestamptz',
  },
  conversations: {
    id: 'uuid', organization_id: 'uuid', report_id: 'uuid', held_by_id: 'uuid', kind: 'varchar', role_id: 'uuid', held_on: 'date',
    answers: 'jsonb', created_at: 'timestamptz',
  },
  action_items: {
    organization_id: 'uuid', report_id: 'uuid', debrief_id: 'uuid', conversation_id: 'uuid', owner: 'varchar', text: 'varchar',
    due_on: 'date', done_at: 'timestamptz', created_by_id: 'uuid', created_at: 'timestamptz',
  },
} as const;

/**
 * All rows of one table in one statement, however many: the rows travel as one JSON parameter
 * (no limit on bound parameters to mind) and PostgreSQL reads them back into the columns' types.
 */
async function insertRows(manager: EntityManager, table: keyof typeof TABLES, rows: readonly Row[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.entries(TABLES[table]);
  const names = columns.map(([name]) => name).join(', ');
  await manager.query(
    `INSERT INTO ${table} (${names}) SELECT ${names} FROM jsonb_to_recordset($1::jsonb) AS r(${columns.map(([name, type]) => `${name} ${type}`).join(', ')})`,
    [JSON.stringify(rows.map((row) => Object.fromEntries(columns.map(([name]) => [name, row[name] ?? null]))))],
  );
}

/**
 * The generated people and their eight quarters of history, in eight statements inside the seed's
 * transaction and tenant scope. `idByKey` holds the hand-written people (Dana leads the new
 * leader and two of the new managers) and receives the new ones. Returns the people it added.
 */
export async function seedDemoScale(
  manager: EntityManager,
  organizationId: string,
  idByKey: Map<string, string>,
  levels: LevelEntity[],
  roleLevels: RoleLevelService,
  passwordHash: string,
  now: number,
): Promise<DemoPerson[]> {
  const random = new DemoRandom(DEMO_SEED);
  const people = demoOrgChart(random);
  for (const person of people) idByKey.set(person.key, randomUUID());
  const levelId = new Map(levels.map((l) => [l.key, l.id]));
  const joinedAt = (person: DemoPerson) => new Date(now - person.joinedDaysAgo * DAY).toISOString();
  const managerId = (person: DemoPerson) => idByKey.get(person.managerKey!)!;
  await insertRows(
    manager,
    'people',
    people.map((person) => ({
      id: idByKey.get(person.key)!, organization_id: organizationId, email: `${person.key}@${DEMO_EMAIL_DOMAIN}`, name: person.name, title: person.title,
      level_id: person.levelKey ? (levelId.get(person.levelKey) ?? null) : null, manager_id: managerId(person), is_admin: false,
      status: PersonStatus.ACTIVE, password_hash: passwordHash, joined_at: joinedAt(person),
    })),
  );
  await insertRows(
    manager,
    'reporting_lines',
    people.map((person) => ({ organization_id: organizationId, report_id: idByKey.get(person.key)!, manager_id: managerId(person), started_at: joinedAt(person) })),
  );
  const drives = new Map(DEMO_TEAMS.map((team) => [team.managerKey, team.drive]));
  // Titles repeat: each is inferred once.
  const inferred = new Map<string, ReturnType<RoleLevelService['infer']>>();
  const inferLevel = (title: string) => {
    if (!inferred.has(title)) inferred.set(title, roleLevels.infer(title, levels));
    return inferred.get(title)!;
  };
  const history = demoHistory({
    organizationId,
    people: people.map((person) => ({
      id: idByKey.get(person.key)!, managerId: managerId(person), levelKey: person.levelKey, joinedDaysAgo: person.joinedDaysAgo,
      drive: drives.get(person.managerKey!) ?? LEADS_DRIVE,
    })),
    levels,
    inferLevel,
    now,
    random,
    newId: randomUUID,
  });
  await insertRows(manager, 'interesting_roles', history.roles);
  await insertRows(manager, 'role_interviews', history.interviews);
  await insertRows(manager, 'role_views', history.views);
  await insertRows(manager, 'debriefs', history.debriefs);
  await insertRows(manager, 'conversations', history.conversations);
  await insertRows(manager, 'action_items', history.actionItems);
  return people;
}
