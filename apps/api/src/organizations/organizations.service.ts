import { Injectable } from '@nestjs/common';
import { canonicalTimeZone } from '@onward/domain';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { type Actor, assertAdmin, type Viewer } from '../auth/viewer';
import { LadderService } from '../ladder/ladder.service';
import { UpdateOrganizationInput } from './dto/update-organization.input';
import { OrganizationEntity } from './organization.entity';
import { OrganizationsException, OrganizationsExceptionCode } from './organizations.exception';

@Injectable()
export class OrganizationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly ladder: LadderService,
  ) {}

  /**
   * A new organization starts from the default ladder. The caller owns the transaction and picks
   * the id beforehand, so that the transaction can run in the new organization's tenant scope.
   */
  async create(manager: EntityManager, id: string, name: string): Promise<OrganizationEntity> {
    const repo = manager.getRepository(OrganizationEntity);
    await repo.insert({ id, name: name.trim() });
    const organization = await repo.findOneByOrFail({ id });
    await this.ladder.seedDefault(manager, organization.id);
    return organization;
  }

  /** An organization by an id the caller already holds (an invitation's). */
  byId(id: string): Promise<OrganizationEntity> {
    return this.dataSource.getRepository(OrganizationEntity).findOneByOrFail({ id });
  }

  /** The actor's own organization and its settings (cadence, anonymity threshold, time zone); through `manager` when inside a transaction, so it needs no second connection. */
  async mine(actor: Actor, manager: EntityManager = this.dataSource.manager): Promise<OrganizationEntity> {
    const organization = await manager.getRepository(OrganizationEntity).findOneBy({ id: actor.organizationId });
    if (!organization) throw new OrganizationsException(OrganizationsExceptionCode.ORGANIZATION_NOT_FOUND, 'No such organization.');
    return organization;
  }

  async update(viewer: Viewer, input: UpdateOrganizationInput): Promise<OrganizationEntity> {
    assertAdmin(viewer);
    const changes: Partial<OrganizationEntity> = {};
    if (input.name !== undefined) changes.name = input.name.trim();
    if (input.practiceCadenceMonths !== undefined) changes.practiceCadenceMonths = input.practiceCadenceMonths;
    if (input.anonymityThreshold !== undefined) changes.anonymityThreshold = input.anonymityThreshold;
    // The input was checked to name a zone; keep its spelling as the time-zone data has it.
    if (input.timeZone !== undefined) changes.timeZone = canonicalTimeZone(input.timeZone) ?? input.timeZone;
    if (Object.keys(changes).length > 0) await this.dataSource.getRepository(OrganizationEntity).update({ id: viewer.organizationId }, changes);
    return this.mine(viewer);
  }
}
