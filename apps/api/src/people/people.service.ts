import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { assertAdmin, type Actor, type Viewer } from '../auth/viewer';
import { Clock } from '../common/clock/clock';
import { isUuid } from '../common/is-uuid';
import { ReportChanges } from '../common/report-changes/report-changes';
import { ConnectionShape, decodeCursor, encodeCursor } from '../common/graphql/connection';
import { CrossTenantLookups } from '../database/cross-tenant-lookups';
import { isUniqueViolation } from '../database/postgres-errors';
import { LadderService } from '../ladder/ladder.service';
import { SessionsService } from '../auth/sessions.service';
import { PeopleArgs } from './dto/people.args';
import { UpdatePersonInput } from './dto/update-person.input';
import { Person } from './models/person.model';
import { PeopleException, PeopleExceptionCode } from './people.exception';
import { PersonEntity, PersonStatus } from './person.entity';
import { ReportingLinesService } from './reporting-lines.service';

export interface NewPerson {
  organizationId: string;
  email: string;
  name: string;
  title?: string | null;
  levelId?: string | null;
  isAdmin?: boolean;
  status: PersonStatus;
  passwordHash?: string | null;
  /** Defaults to now. */
  joinedAt?: Date;
}

/**
 * People of an organization. Anyone signed in may see the profile (name, title, level, manager) of
 * people in their own organization and nobody else's; only admins change them.
 */
@Injectable()
export class PeopleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reportingLines: ReportingLinesService,
    private readonly sessions: SessionsService,
    private readonly clock: Clock,
    private readonly ladder: LadderService,
    private readonly crossTenant: CrossTenantLookups,
    private readonly reportChanges: ReportChanges,
  ) {}

  /** One person of the viewer's organization; a person elsewhere looks exactly like a missing one. */
  async getPerson(viewer: Viewer, id: string, manager: EntityManager = this.dataSource.manager): Promise<PersonEntity> {
    const person = isUuid(id) ? await manager.getRepository(PersonEntity).findOneBy({ id, organizationId: viewer.organizationId }) : null;
    if (!person) throw new PeopleException(PeopleExceptionCode.PERSON_NOT_FOUND, 'No such person.');
    return person;
  }

  /** Whoever has this email in the organization in scope; with the password hash for log-in. */
  findByEmail(manager: EntityManager, email: string, options: { withPasswordHash?: boolean } = {}): Promise<PersonEntity | null> {
    const query = manager.getRepository(PersonEntity).createQueryBuilder('p').where('lower(p.email) = lower(:email)', { email: email.trim() });
    if (options.withPasswordHash) query.addSelect('p.passwordHash');
    return query.getOne();
  }

  /** A person by id, for services that already hold a checked id (an invitation's, an import's). */
  byId(manager: EntityManager, id: string): Promise<PersonEntity> {
    return manager.getRepository(PersonEntity).findOneByOrFail({ id });
  }

  /**
   * An actor's organization's person's direct reports who are still with it, by name, in one
   * statement: for a job or a feed acting for that person's organization.
   */
  directReportsOf(actor: Actor, managerId: string): Promise<Pick<PersonEntity, 'id' | 'name'>[]> {
    if (!isUuid(managerId)) return Promise.resolve([]);
    return this.dataSource.query(
      `SELECT id, name FROM people WHERE organization_id = $1 AND manager_id = $2 AND status <> $3 ORDER BY name, id`,
      [actor.organizationId, managerId, PersonStatus.DEACTIVATED],
    );
  }

  /** Everyone of the organization with the fields an org-chart import compares. */
  listForImport(manager: EntityManager, organizationId: string) {
    return manager.getRepository(PersonEntity).find({
      where: { organizationId },
      select: { id: true, email: true, name: true, title: true, levelId: true, managerId: true, status: true },
    });
  }

  /** Writes profile fields the caller has checked; the caller owns the transaction. */
  async writeProfile(manager: EntityManager, id: string, changes: Partial<Pick<PersonEntity, 'name' | 'title' | 'levelId'>>): Promise<PersonEntity> {
    if (Object.keys(changes).length > 0) await manager.getRepository(PersonEntity).update({ id }, changes);
    return this.byId(manager, id);
  }

  /**
   * Adds invited people in one statement, for an import that checked their emails under the
   * reporting-line lock; returns their ids by lower-case email. A unique email taken meanwhile by
   * another organization still fails the whole insert.
   */
  async insertInvited(
    manager: EntityManager,
    organizationId: string,
    people: { email: string; name: string; title: string | null; levelId: string | null }[],
  ): Promise<Map<string, string>> {
    if (people.length === 0) return new Map();
    try {
      const rows: { id: string; email: string }[] = await manager.query(
        `INSERT INTO people (organization_id, email, name, title, level_id, is_admin, status, password_hash, joined_at)
         SELECT $1, n.email, n.name, n.title, n.level_id, false, $2, NULL, $3
         FROM unnest($4::text[], $5::text[], $6::text[], $7::uuid[]) WITH ORDINALITY AS n(email, name, title, level_id, ord)
         ORDER BY n.ord
         RETURNING id, email`,
        [
          organizationId,
          PersonStatus.INVITED,
          this.clock.now(),
          people.map((p) => p.email.trim()),
          people.map((p) => p.name.trim()),
          people.map((p) => p.title?.trim() || null),
          people.map((p) => p.levelId),
        ],
      );
      return new Map(rows.map((r) => [r.email.toLowerCase(), r.id]));
    } catch (error) {
      if (isUniqueViolation(error, 'people_email_key')) throw this.emailTaken(emailInDetail(error) ?? people[0].email);
      throw error;
    }
  }

  /** Writes profile fields the caller has checked, for many people of one organization in one statement. */
  async writeProfiles(manager: EntityManager, organizationId: string, profiles: { id: string; name: string; title: string | null; levelId: string | null }[]): Promise<void> {
    if (profiles.length === 0) return;
    await manager.query(
      `UPDATE people p SET name = u.name, title = u.title, level_id = u.level_id, updated_at = CURRENT_TIMESTAMP
       FROM unnest($2::uuid[], $3::text[], $4::text[], $5::uuid[]) AS u(id, name, title, level_id)
       WHERE p.organization_id = $1 AND p.id = u.id`,
      [organizationId, profiles.map((p) => p.id), profiles.map((p) => p.name), profiles.map((p) => p.title), profiles.map((p) => p.levelId)],
    );
  }

  /** An invited person sets their password and becomes active. */
  async activate(manager: EntityManager, id: string, passwordHash: string, name?: string | null): Promise<PersonEntity> {
    await manager.getRepository(PersonEntity).update({ id }, { passwordHash, status: PersonStatus.ACTIVE, ...(name ? { name: name.trim() } : {}) });
    return this.byId(manager, id);
  }

  /** A new password hash for a person the caller has checked (a used reset link's); the caller owns the transaction. */
  async setPassword(manager: EntityManager, id: string, passwordHash: string): Promise<void> {
    await manager.getRepository(PersonEntity).update({ id }, { passwordHash });
  }

  /** Every name in the organization by id, for documents that mention people (the data export). */
  async namesIn(organizationId: string): Promise<Map<string, string>> {
    const rows: { id: string; name: string }[] = await this.dataSource.query('SELECT id, name FROM people WHERE organization_id = $1', [organizationId]);
    return new Map(rows.map((row) => [row.id, row.name]));
  }

  async listPeople(viewer: Viewer, args: PeopleArgs): Promise<ConnectionShape<Person>> {
    assertAdmin(viewer);
    const query = this.dataSource
      .getRepository(PersonEntity)
      .createQueryBuilder('p')
      .where('p.organization_id = :org', { org: viewer.organizationId });
    if (!args.includeDeactivated) query.andWhere('p.status <> :deactivated', { deactivated: PersonStatus.DEACTIVATED });
    if (args.search?.trim()) {
      const pattern = `%${args.search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query.andWhere('(p.name ILIKE :pattern OR p.email ILIKE :pattern OR p.title ILIKE :pattern)', { pattern });
    }
    const totalCount = await query.clone().getCount();
    if (args.after) {
      const [name, id] = decodeCursor(args.after, ['text', 'uuid']);
      query.andWhere('(lower(p.name), p.id) > (:name, :id)', { name, id });
    }
    const rows = await query
      .orderBy('lower(p.name)', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .limit(args.first + 1)
      .getMany();
    const page = rows.slice(0, args.first);
    const edges = page.map((p) => ({ cursor: encodeCursor([p.name.toLowerCase(), p.id]), node: Person.from(p) }));
    return { edges, totalCount, pageInfo: { hasNextPage: rows.length > args.first, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  /** Inserts a person; the caller owns the transaction. */
  async createPerson(manager: EntityManager, fields: NewPerson): Promise<PersonEntity> {
    await this.assertEmailFree(manager, fields.email);
    const repo = manager.getRepository(PersonEntity);
    try {
      const { identifiers } = await repo.insert({
        organizationId: fields.organizationId,
        email: fields.email.trim(),
        name: fields.name.trim(),
        title: fields.title?.trim() || null,
        levelId: fields.levelId ?? null,
        isAdmin: fields.isAdmin ?? false,
        status: fields.status,
        passwordHash: fields.passwordHash ?? null,
        joinedAt: fields.joinedAt ?? this.clock.now(),
      });
      return await repo.findOneByOrFail({ id: identifiers[0].id as string });
    } catch (error) {
      if (isUniqueViolation(error, 'people_email_key')) throw this.emailTaken(fields.email);
      throw error;
    }
  }

  /** Emails are unique across Onward, so this looks into every organization (a named cross-tenant lookup). */
  async assertEmailFree(manager: EntityManager, email: string): Promise<void> {
    if ((await this.emailsInUse(manager, [email])).size > 0) throw this.emailTaken(email);
  }

  /** Which of these emails, lower-cased, anyone in any organization has. */
  emailsInUse(manager: EntityManager, emails: string[]): Promise<Set<string>> {
    return this.crossTenant.emailsInUse(emails, manager);
  }

  async updatePerson(viewer: Viewer, id: string, input: UpdatePersonInput): Promise<PersonEntity> {
    assertAdmin(viewer);
    return this.dataSource.transaction(async (manager) => {
      if (input.managerId !== undefined) await this.reportingLines.lock(manager, viewer.organizationId);
      const person = await this.getPerson(viewer, id, manager);
      const changes: Partial<PersonEntity> = {};
      if (input.name !== undefined) changes.name = input.name.trim();
      if (input.title !== undefined) changes.title = input.title?.trim() || null;
      if (input.levelId !== undefined) {
        if (input.levelId !== null) await this.assertLevelInOrganization(manager, viewer.organizationId, input.levelId);
        changes.levelId = input.levelId;
      }
      if (input.isAdmin !== undefined && input.isAdmin !== person.isAdmin) {
        if (!input.isAdmin) await this.assertNotLastAdmin(manager, person);
        changes.isAdmin = input.isAdmin;
      }
      if (Object.keys(changes).length > 0) await manager.getRepository(PersonEntity).update({ id: person.id }, changes);
      if (input.managerId !== undefined) {
        await this.reportingLines.changeManager(manager, person, input.managerId, viewer.personId);
      }
      // A new level re-tags the person's shared roles (a same-level role may no longer be one).
      if (changes.levelId !== undefined) await this.reportChanges.changed(manager, viewer.organizationId, [person.id]);
      return manager.getRepository(PersonEntity).findOneByOrFail({ id: person.id });
    });
  }

  /** Locks the person out at once: ends their sessions and pending invitations. */
  async deactivatePerson(viewer: Viewer, id: string): Promise<PersonEntity> {
    assertAdmin(viewer);
    return this.dataSource.transaction(async (manager) => {
      const person = await this.getPerson(viewer, id, manager);
      if (person.status === PersonStatus.DEACTIVATED) {
        throw new PeopleException(PeopleExceptionCode.ALREADY_DEACTIVATED, `${person.name} is already deactivated.`);
      }
      if (person.isAdmin) await this.assertNotLastAdmin(manager, person);
      await manager
        .getRepository(PersonEntity)
        .update({ id: person.id }, { status: PersonStatus.DEACTIVATED, deactivatedAt: this.clock.now() });
      await this.sessions.endAllFor(manager, person.id);
      await manager.query('UPDATE invitations SET revoked_at = $2 WHERE person_id = $1 AND accepted_at IS NULL AND revoked_at IS NULL', [
        person.id,
        this.clock.now(),
      ]);
      // Nudges about a deactivated report resolve at once.
      await this.reportChanges.changed(manager, viewer.organizationId, [person.id]);
      return manager.getRepository(PersonEntity).findOneByOrFail({ id: person.id });
    });
  }

  private async assertLevelInOrganization(manager: EntityManager, organizationId: string, levelId: string): Promise<void> {
    if (!(await this.ladder.exists(organizationId, levelId, manager))) throw new PeopleException(PeopleExceptionCode.LEVEL_NOT_FOUND, 'That level is not on this organization’s ladder.');
  }

  private async assertNotLastAdmin(manager: EntityManager, person: PersonEntity): Promise<void> {
    const [{ count }] = await manager.query(
      `SELECT count(*)::int AS count FROM people WHERE organization_id = $1 AND is_admin AND status = 'ACTIVE' AND id <> $2`,
      [person.organizationId, person.id],
    );
    if (count === 0) {
      throw new PeopleException(PeopleExceptionCode.LAST_ADMIN, 'An organization needs at least one active admin; make someone else admin first.');
    }
  }

  private emailTaken(email: string) {
    return new PeopleException(PeopleExceptionCode.EMAIL_TAKEN, `Someone already uses ${email.trim()}.`);
  }
}

/** The email in a unique violation's detail: `Key (lower((email)::text))=(a@b.c) already exists.` */
function emailInDetail(error: unknown): string | null {
  const detail = (error as { driverError?: { detail?: string } })?.driverError?.detail ?? '';
  return /=\((.*)\) already exists/.exec(detail)?.[1] ?? null;
}
