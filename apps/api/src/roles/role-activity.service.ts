import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { Clock } from '../common/clock/clock';
import { isUuid } from '../common/is-uuid';
import { ReportChanges } from '../common/report-changes/report-changes';
import { AddInterviewInput } from './dto/role-actions.args';
import { InterestingRole } from './models/interesting-role.model';
import { RoleComment, RoleInterview } from './models/role-activity.model';
import { RoleRelation } from './models/role-enums.graphql';
import { RoleAccessService } from './role-access.service';
import { RoleCommentEntity } from './role-comment.entity';
import { RoleInterviewEntity } from './role-interview.entity';
import { RolesException, RolesExceptionCode } from './roles.exception';

/** Interviews, the comment thread and the access log of a role, each behind the role's access check. */
@Injectable()
export class RoleActivityService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: RoleAccessService,
    private readonly reportChanges: ReportChanges,
    private readonly clock: Clock,
  ) {}

  /** Reads a role's detail; a read by anyone but the owner goes into the owner's access log. */
  async read(viewer: Viewer, id: string): Promise<InterestingRole> {
    const found = await this.access.require(viewer, id);
    await this.access.logDetailRead(viewer, found);
    // The manager's first look resolves the report's ROLE_SHARED nudge.
    if (found.relation === RoleRelation.MANAGER) await this.reportChanges.changed(this.dataSource.manager, viewer.organizationId, [found.role.ownerId]);
    return InterestingRole.from(found.role, found.relation);
  }

  async addInterview(viewer: Viewer, roleId: string, input: AddInterviewInput): Promise<RoleInterview> {
    const { role } = await this.access.require(viewer, roleId, { ownerOnly: true });
    const repo = this.dataSource.getRepository(RoleInterviewEntity);
    const { identifiers } = await repo.insert({
      organizationId: role.organizationId,
      roleId: role.id,
      heldOn: input.heldOn,
      kind: input.kind,
      notes: input.notes?.trim() || null,
    });
    await this.reportChanges.changed(this.dataSource.manager, viewer.organizationId, [viewer.personId]);
    return RoleInterview.from(await repo.findOneByOrFail({ id: identifiers[0].id as string }));
  }

  async removeInterview(viewer: Viewer, interviewId: string): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const rows: { role_id: string }[] = isUuid(interviewId)
        ? await manager.query('SELECT role_id FROM role_interviews WHERE id = $1 AND organization_id = $2', [interviewId, viewer.organizationId])
        : [];
      const notFound = new RolesException(RolesExceptionCode.INTERVIEW_NOT_FOUND, 'No such interview.');
      if (rows.length === 0) throw notFound;
      const found = (await this.access.accessible(viewer, [rows[0].role_id], manager)).get(rows[0].role_id);
      if (!found) throw notFound;
      if (found.relation !== RoleRelation.OWNER) throw new RolesException(RolesExceptionCode.OWNER_ONLY, 'Only the person who keeps this role can do that.');
      await manager.getRepository(RoleInterviewEntity).delete({ id: interviewId });
      await this.reportChanges.changed(manager, viewer.organizationId, [viewer.personId]);
      return interviewId;
    });
  }

  /** The thread exists only while the role is shared: it is a conversation between the two. */
  async comment(viewer: Viewer, roleId: string, body: string): Promise<RoleComment> {
    const { role } = await this.access.require(viewer, roleId);
    if (!role.sharedAt) throw new RolesException(RolesExceptionCode.NOT_SHARED, 'Share the role with your manager before starting a thread.');
    const repo = this.dataSource.getRepository(RoleCommentEntity);
    const { identifiers } = await repo.insert({ organizationId: role.organizationId, roleId: role.id, authorId: viewer.personId, body: body.trim() });
    return RoleComment.from(await repo.findOneByOrFail({ id: identifiers[0].id as string }));
  }

  /** Only its author, and only while they can still see the role: a former manager's words stay as they were. */
  async editComment(viewer: Viewer, commentId: string, body: string): Promise<RoleComment> {
    return this.dataSource.transaction(async (manager) => {
      const { comment, role } = await this.requireOwnComment(viewer, commentId, manager);
      if (!role.sharedAt) throw new RolesException(RolesExceptionCode.NOT_SHARED, 'The role is no longer shared: its thread can be read but not changed.');
      const repo = manager.getRepository(RoleCommentEntity);
      await repo.update({ id: comment.id }, { body: body.trim(), editedAt: this.clock.now() });
      return RoleComment.from(await repo.findOneByOrFail({ id: comment.id }));
    });
  }

  async deleteComment(viewer: Viewer, commentId: string): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const { comment } = await this.requireOwnComment(viewer, commentId, manager);
      await manager.getRepository(RoleCommentEntity).delete({ id: comment.id });
      return comment.id;
    });
  }

  /**
   * A comment on a role the viewer may see, written by them. One on a role they may not see (a
   * former manager's, a peer's guess) is COMMENT_NOT_FOUND, as a missing one; someone else's on a
   * role they see is AUTHOR_ONLY.
   */
  private async requireOwnComment(viewer: Viewer, commentId: string, manager: EntityManager) {
    const notFound = new RolesException(RolesExceptionCode.COMMENT_NOT_FOUND, 'No such comment.');
    if (!isUuid(commentId)) throw notFound;
    // Locked so that an edit and a delete of one comment do not interleave.
    const comment = await manager
      .getRepository(RoleCommentEntity)
      .createQueryBuilder('c')
      .setLock('pessimistic_write')
      .where('c.id = :id AND c.organization_id = :org', { id: commentId, org: viewer.organizationId })
      .getOne();
    if (!comment) throw notFound;
    const found = (await this.access.accessible(viewer, [comment.roleId], manager)).get(comment.roleId);
    if (!found) throw notFound;
    if (comment.authorId !== viewer.personId) throw new RolesException(RolesExceptionCode.AUTHOR_ONLY, 'Only the person who wrote a comment can change it.');
    return { comment, role: found.role };
  }
}
