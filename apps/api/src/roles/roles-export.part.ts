import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { groupBy } from '../common/graphql/request-loaders';
import { DataExportPart, ExportContext, ExportPart } from '../common/data-export/data-export-part';
import { InterestingRoleEntity } from './interesting-role.entity';
import { RoleCommentEntity } from './role-comment.entity';
import { RoleInterviewEntity } from './role-interview.entity';
import { RoleViewEntity } from './role-view.entity';

/** Every role the person keeps, with its checklist, interviews, thread and access log. */
@Injectable()
@ExportPart({ key: 'interestingRoles', order: 10 })
export class RolesExportPart implements DataExportPart {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async exportFor(viewer: Viewer, context: ExportContext) {
    const roles = await this.dataSource
      .getRepository(InterestingRoleEntity)
      .find({ where: { ownerId: viewer.personId, organizationId: viewer.organizationId }, order: { createdAt: 'ASC' } });
    const ids = roles.map((r) => r.id);
    const related = <T extends object>(entity: new () => T, alias: string, order: string) =>
      this.dataSource.getRepository(entity).createQueryBuilder(alias).where(`${alias}.role_id = ANY(:ids)`, { ids }).orderBy(`${alias}.${order}`).getMany();
    const [interviews, comments, views] = await Promise.all([
      related(RoleInterviewEntity, 'i', 'held_on'),
      related(RoleCommentEntity, 'c', 'created_at'),
      related(RoleViewEntity, 'v', 'viewed_at'),
    ]);
    const [interviewsOf, commentsOf, viewsOf] = [
      groupBy(ids, interviews, (i) => i.roleId),
      groupBy(ids, comments, (c) => c.roleId),
      groupBy(ids, views, (v) => v.roleId),
    ];
    return roles.map((role, index) => ({
      title: role.title,
      company: role.company,
      url: role.url,
      location: role.location,
      remote: role.remote,
      description: role.description,
      source: role.source,
      employmentTypes: role.employmentTypes,
      salary: { min: role.salaryMin, max: role.salaryMax, currency: role.salaryCurrency, unit: role.salaryUnit },
      datePosted: role.datePosted,
      validThrough: role.validThrough,
      level: { key: context.levelKeyOf(role.levelId), source: role.levelSource, setBy: context.nameOf(role.levelSetById) },
      checklist: {
        toldNotLooking: role.toldNotLooking,
        myWhy: role.myWhy,
        whyTheyReachedOut: role.whyTheyReachedOut,
        jobDescriptionReceived: role.jobDescriptionReceived,
        whatWouldItTake: role.whatWouldItTake,
        whatWouldItTakeShared: role.whatWouldItTakeShared,
      },
      outcome: role.outcome,
      sharing: { sharedAt: role.sharedAt, message: role.shareMessage },
      createdAt: role.createdAt,
      interviews: interviewsOf[index].map((i) => ({ heldOn: i.heldOn, kind: i.kind, notes: i.notes })),
      comments: commentsOf[index].map((c) => ({ author: context.nameOf(c.authorId), body: c.body, at: c.createdAt })),
      accessLog: viewsOf[index].map((v) => ({ viewer: context.nameOf(v.viewerId), at: v.viewedAt })),
    }));
  }
}
