import DataLoader from 'dataloader';
import { DataSource, In, Not } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { LevelEntity } from '../ladder/level.entity';
import { PersonEntity, PersonStatus } from '../people/person.entity';
import { createActionItemLoaders } from '../action-items/action-item-loaders';
import { createPracticeLoaders } from '../practice/practice-loaders';
import type { ReportAccessService, ReportRelation } from '../report-access/report-access.service';
import type { RoleAccessService } from '../roles/role-access.service';
import { createRoleLoaders } from '../roles/role-loaders';

function byId<T extends { id: string }>(ids: readonly string[], rows: T[]): (T | null)[] {
  const found = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => found.get(id) ?? null);
}

/**
 * DataLoaders for one request, scoped to the viewer's organization: a row of another organization
 * never loads, whatever id a client sends. Each loader costs one statement per batch.
 */
export interface AccessServices {
  roleAccess: RoleAccessService;
  reportAccess: ReportAccessService;
}

export function createLoaders(dataSource: DataSource, viewer: Viewer | null, { roleAccess, reportAccess }: AccessServices) {
  const organizationId = viewer?.organizationId ?? '00000000-0000-0000-0000-000000000000';
  const people = dataSource.getRepository(PersonEntity);
  return {
    personById: new DataLoader<string, PersonEntity | null>(async (ids) =>
      byId(ids, await people.findBy({ id: In([...ids]), organizationId })),
    ),
    directReportsByManagerId: new DataLoader<string, PersonEntity[]>(async (managerIds) => {
      const rows = await people.find({
        where: { managerId: In([...managerIds]), organizationId, status: Not(PersonStatus.DEACTIVATED) },
        order: { name: 'ASC' },
      });
      const byManager = new Map<string, PersonEntity[]>();
      for (const row of rows) byManager.set(row.managerId as string, [...(byManager.get(row.managerId as string) ?? []), row]);
      return managerIds.map((id) => byManager.get(id) ?? []);
    }),
    ...createRoleLoaders(dataSource, organizationId, viewer, roleAccess),
    /** How the viewer stands to each person as a report (self, current manager, or nothing), through the report access check. */
    reportRelationById: new DataLoader<string, ReportRelation | null>(async (ids) => {
      const relations = viewer ? await reportAccess.relations(viewer, ids) : new Map<string, ReportRelation>();
      return ids.map((id) => relations.get(id) ?? null);
    }),
    ...createActionItemLoaders(dataSource, organizationId),
    ...createPracticeLoaders(dataSource, organizationId),
    levelById: new DataLoader<string, LevelEntity | null>(async (ids) =>
      byId(ids, await dataSource.getRepository(LevelEntity).findBy({ id: In([...ids]), organizationId })),
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
