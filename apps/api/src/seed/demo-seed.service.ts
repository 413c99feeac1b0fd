import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock } from '../common/clock/clock';
import { DataSource } from 'typeorm';
import { hashPassword } from '../auth/passwords';
import { CrossTenantLookups } from '../database/cross-tenant-lookups';
import { withOrganization } from '../database/tenant-scope';
import { LevelEntity } from '../ladder/level.entity';
import { NudgeSweepService } from '../nudges/nudge-sweep.service';
import { OrganizationsService } from '../organizations/organizations.service';
import { PersonEntity, PersonStatus } from '../people/person.entity';
import { ReportingLineEntity } from '../people/reporting-line.entity';
import { RoleLevelService } from '../roles/role-level.service';
import { DEMO_EMAIL_DOMAIN, DEMO_ORGANIZATION_NAME, DEMO_PASSWORD, DEMO_PEOPLE, demoEmail, type DemoPerson } from './demo-organization';
import { seedDemoGrowth } from './seed-demo-growth';
import { seedDemoRoles } from './seed-demo-roles';
import { seedDemoScale } from './seed-demo-scale';

const DAY = 86_400_000;

export interface DemoLogin {
  email: string;
  name: string;
  role: string;
}

/** Reports whose logins are printed too, each with something to show: a step up in interviews, a debrief, a final round, a move to management. */
const LOGGED_REPORTS = ['priya', 'leo', 'sofia', 'hana'];

@Injectable()
export class DemoSeedService {
  private readonly logger = new Logger('DemoSeed');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organizations: OrganizationsService,
    private readonly roleLevels: RoleLevelService,
    private readonly clock: Clock,
    private readonly crossTenant: CrossTenantLookups,
    private readonly nudges: NudgeSweepService,
  ) {}

  /**
   * Seeds the demo organization into an empty database; returns the logins worth printing (its
   * leaders, managers and a few reports: every other person signs in the same way), or null when
   * the database was not empty.
   */
  async seedIfEmpty(): Promise<DemoLogin[] | null> {
    // Most starts find data already there: answer that before hashing anything. "Any organization
    // at all" looks past every tenant, so it is one of the named cross-tenant lookups.
    if (await this.crossTenant.anyOrganization()) return null;
    const started = performance.now();
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const organizationId = randomUUID();
    const people = await withOrganization(organizationId, () => this.seedInto(organizationId, passwordHash));
    if (!people) return null;
    // The demo managers open an inbox with every kind of nudge, as the scheduled sweep would leave it.
    await this.nudges.sweepOrganization(organizationId);
    const logins = loginsToPrint(people);
    const teams = new Set(people.map((p) => p.managerKey).filter((key) => key !== null)).size;
    this.logger.log(
      `seeded ${DEMO_ORGANIZATION_NAME} with ${people.length} people in ${teams} teams in ${Math.round(performance.now() - started)} ms; ` +
        `the ${people.length - logins.length} people not listed below sign in as <first name>@${DEMO_EMAIL_DOMAIN} with the same password`,
    );
    return logins;
  }

  private seedInto(organizationId: string, passwordHash: string): Promise<DemoPerson[] | null> {
    return this.dataSource.transaction(async (manager) => {
      // Two instances starting on one empty database must not both seed.
      await manager.query('SELECT pg_advisory_xact_lock(72410518)');
      if (await this.crossTenant.anyOrganization(manager)) return null;
      const organization = await this.organizations.create(manager, organizationId, DEMO_ORGANIZATION_NAME);
      const levels = await manager.getRepository(LevelEntity).findBy({ organizationId: organization.id });
      const levelId = new Map(levels.map((l) => [l.key, l.id]));
      const idByKey = new Map<string, string>();
      const now = this.clock.now().getTime();
      for (const person of DEMO_PEOPLE) {
        const joinedAt = new Date(now - person.joinedDaysAgo * DAY);
        const { identifiers } = await manager.getRepository(PersonEntity).insert({
          organizationId: organization.id,
          email: demoEmail(person.key),
          name: person.name,
          title: person.title,
          levelId: person.levelKey ? (levelId.get(person.levelKey) ?? null) : null,
          managerId: person.managerKey ? idByKey.get(person.managerKey) : null,
          isAdmin: person.isAdmin ?? false,
          status: PersonStatus.ACTIVE,
          passwordHash,
          joinedAt,
        });
        idByKey.set(person.key, identifiers[0].id as string);
        if (person.managerKey) {
          await manager.getRepository(ReportingLineEntity).insert({
            organizationId: organization.id,
            reportId: identifiers[0].id as string,
            managerId: idByKey.get(person.managerKey)!,
            startedAt: joinedAt,
          });
        }
      }
      const roleIdByTitle = await seedDemoRoles(manager, organization.id, idByKey, levels, this.roleLevels, now);
      await seedDemoGrowth(manager, organization.id, idByKey, roleIdByTitle, levels, now);
      const generated = await seedDemoScale(manager, organization.id, idByKey, levels, this.roleLevels, passwordHash, now);
      return [...DEMO_PEOPLE, ...generated];
    });
  }
}

/** Leaders (who manage managers) and managers, then a few reports; an admin says so. */
function loginsToPrint(people: readonly DemoPerson[]): DemoLogin[] {
  const managers = new Set(people.map((p) => p.managerKey));
  const leaders = new Set(people.filter((p) => managers.has(p.key)).map((p) => p.managerKey));
  const kind = (p: DemoPerson) => (leaders.has(p.key) ? 'leader' : managers.has(p.key) ? 'manager' : 'report');
  const order = { leader: 0, manager: 1, report: 2 };
  return people
    .filter((p) => kind(p) !== 'report' || LOGGED_REPORTS.includes(p.key))
    .sort((a, b) => order[kind(a)] - order[kind(b)])
    .map((p) => ({ email: demoEmail(p.key), name: p.name, role: p.isAdmin ? `${kind(p)}, admin` : kind(p) }));
}
