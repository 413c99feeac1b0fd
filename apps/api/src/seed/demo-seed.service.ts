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
import { DEMO_ORGANIZATION_NAME, DEMO_PASSWORD, DEMO_PEOPLE, demoEmail } from './demo-organization';
import { seedDemoGrowth } from './seed-demo-growth';
import { seedDemoRoles } from './seed-demo-roles';

const DAY = 86_400_000;

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

  /** Seeds the demo organization into an empty database; returns its logins, or null when not empty. */
  async seedIfEmpty(): Promise<{ email: string; name: string; role: string }[] | null> {
    // Most starts find data already there: answer that before hashing anything. "Any organization
    // at all" looks past every tenant, so it is one of the named cross-tenant lookups.
    if (await this.crossTenant.anyOrganization()) return null;
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const organizationId = randomUUID();
    const logins = await withOrganization(organizationId, () => this.seedInto(organizationId, passwordHash));
    // The demo managers open an inbox with every kind of nudge, as the scheduled sweep would leave it.
    if (logins) await this.nudges.sweepOrganization(organizationId);
    return logins;
  }

  private seedInto(organizationId: string, passwordHash: string): Promise<{ email: string; name: string; role: string }[] | null> {
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
      this.logger.log(`seeded ${DEMO_ORGANIZATION_NAME} with ${DEMO_PEOPLE.length} people`);
      return DEMO_PEOPLE.map((p) => ({
        email: demoEmail(p.key),
        name: p.name,
        role: p.isAdmin ? 'leader, admin' : p.managerKey === 'dana' ? 'manager' : 'report',
      }));
    });
  }
}
