import type { EntityManager } from 'typeorm';
import { Person } from './models/person.model';
import { PersonStatus } from './person-status';

/**
 * The columns a Person shows, named as the model names them: lists of people are read straight
 * into models, without hydrating the 13-column entity (its timestamps parsed and thrown away) per row.
 */
const PERSON_COLUMNS = `p.id, p.organization_id AS "organizationId", p.email, p.name, p.title, p.level_id AS "levelId",
  p.manager_id AS "managerId", p.is_admin AS "isAdmin", p.status, p.joined_at AS "joinedAt"`;

async function people(manager: EntityManager, where: string, parameters: unknown[]): Promise<Person[]> {
  const rows: Person[] = await manager.query(`SELECT ${PERSON_COLUMNS} FROM people p WHERE ${where}`, parameters);
  return rows.map((row) => Object.assign(new Person(), row));
}

export function peopleByIds(manager: EntityManager, organizationId: string, ids: readonly string[]): Promise<Person[]> {
  return people(manager, 'p.organization_id = $1 AND p.id = ANY($2::uuid[])', [organizationId, ids]);
}

/** Everyone reporting to these managers, deactivated people left out, by name. */
export function directReportsOf(manager: EntityManager, organizationId: string, managerIds: readonly string[]): Promise<Person[]> {
  return people(manager, `p.organization_id = $1 AND p.manager_id = ANY($2::uuid[]) AND p.status <> $3 ORDER BY p.name, p.id`, [
    organizationId,
    managerIds,
    PersonStatus.DEACTIVATED,
  ]);
}
