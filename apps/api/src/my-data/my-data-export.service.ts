import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { ActionItemEntity } from '../action-items/action-item.entity';
import { ConversationEntity } from '../conversations/conversation.entity';
import { DebriefEntity } from '../debriefs/debrief.entity';
import { LevelEntity } from '../ladder/level.entity';
import { PersonEntity } from '../people/person.entity';
import { InterestingRoleEntity } from '../roles/interesting-role.entity';
import { RoleCommentEntity } from '../roles/role-comment.entity';
import { RoleInterviewEntity } from '../roles/role-interview.entity';
import { RoleViewEntity } from '../roles/role-view.entity';

/**
 * Everything a person owns, as one JSON document they can download: their profile, every role with
 * its checklist, interviews, thread and access log, and the debriefs, conversations and action
 * items held with them. Records a manager keeps about their own reports belong to those reports and
 * are not in the manager's export.
 */
@Injectable()
export class MyDataExportService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async export(viewer: Viewer): Promise<string> {
    const org = viewer.organizationId;
    const me = await this.dataSource.getRepository(PersonEntity).findOneByOrFail({ id: viewer.personId, organizationId: org });
    const roles = await this.dataSource.getRepository(InterestingRoleEntity).find({ where: { ownerId: me.id, organizationId: org }, order: { createdAt: 'ASC' } });
    const roleIds = roles.map((r) => r.id);
    const mine = { where: { reportId: me.id, organizationId: org } };
    const [debriefs, conversations, actionItems] = await Promise.all([
      this.dataSource.getRepository(DebriefEntity).find({ ...mine, order: { heldOn: 'ASC' } }),
      this.dataSource.getRepository(ConversationEntity).find({ ...mine, order: { heldOn: 'ASC' } }),
      this.dataSource.getRepository(ActionItemEntity).find({ ...mine, order: { createdAt: 'ASC' } }),
    ]);
    const [interviews, comments, views, levels, people] = await Promise.all([
      this.dataSource.getRepository(RoleInterviewEntity).createQueryBuilder('i').where('i.role_id = ANY(:ids)', { ids: roleIds }).orderBy('i.held_on').getMany(),
      this.dataSource.getRepository(RoleCommentEntity).createQueryBuilder('c').where('c.role_id = ANY(:ids)', { ids: roleIds }).orderBy('c.created_at').getMany(),
      this.dataSource.getRepository(RoleViewEntity).createQueryBuilder('v').where('v.role_id = ANY(:ids)', { ids: roleIds }).orderBy('v.viewed_at').getMany(),
      this.dataSource.getRepository(LevelEntity).findBy({ organizationId: org }),
      this.dataSource.query('SELECT id, name FROM people WHERE organization_id = $1', [org]) as Promise<{ id: string; name: string }[]>,
    ]);
    const nameOf = new Map(people.map((p) => [p.id, p.name]));
    const levelKey = new Map(levels.map((l) => [l.id, l.key]));
    const document = {
      exportedAt: new Date().toISOString(),
      format: 'onward-export/1',
      person: { name: me.name, email: me.email, title: me.title, level: me.levelId ? levelKey.get(me.levelId) : null, joinedAt: me.joinedAt },
      interestingRoles: roles.map((role) => ({
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
        level: { key: role.levelId ? levelKey.get(role.levelId) : null, source: role.levelSource, setBy: role.levelSetById ? nameOf.get(role.levelSetById) : null },
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
        interviews: interviews.filter((i) => i.roleId === role.id).map((i) => ({ heldOn: i.heldOn, kind: i.kind, notes: i.notes })),
        comments: comments.filter((c) => c.roleId === role.id).map((c) => ({ author: nameOf.get(c.authorId) ?? null, body: c.body, at: c.createdAt })),
        accessLog: views.filter((v) => v.roleId === role.id).map((v) => ({ viewer: nameOf.get(v.viewerId) ?? null, at: v.viewedAt })),
      })),
      debriefs: debriefs.map(({ id: _id, organizationId: _org, reportId: _report, heldById, roleId, assessedLevelId, ...rest }) => ({
        ...rest,
        heldBy: nameOf.get(heldById) ?? null,
        role: roles.find((r) => r.id === roleId)?.title ?? null,
        assessedLevel: assessedLevelId ? (levelKey.get(assessedLevelId) ?? null) : null,
      })),
      conversations: conversations.map(({ id: _id, organizationId: _org, reportId: _report, heldById, roleId, ...rest }) => ({
        ...rest,
        heldBy: nameOf.get(heldById) ?? null,
        role: roles.find((r) => r.id === roleId)?.title ?? null,
      })),
      actionItems: actionItems.map((item) => ({
        owner: item.owner,
        text: item.text,
        dueOn: item.dueOn,
        doneAt: item.doneAt,
        from: item.debriefId ? 'debrief' : 'conversation',
        createdAt: item.createdAt,
      })),
    };
    return JSON.stringify(document, null, 2);
  }
}
