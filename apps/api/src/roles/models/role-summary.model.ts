import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { InterestingRoleEntity } from '../interesting-role.entity';
import { RoleOutcome } from '../role-enums';
import { RoleRelation } from './role-enums.graphql';

/**
 * What a list shows of a role (the manager's inbox, the role a debrief or conversation is about):
 * enough to recognise it, nothing of its detail. The checklist, the message, the interviews and
 * the thread come only from opening the role, which is written to the owner's access log.
 */
@ObjectType({ description: 'A role as lists show it; open it (interestingRole) for its detail, which the report’s access log records.' })
export class RoleSummary {
  @Field(() => ID, { description: 'Stable identifier.' }) id!: string;
  @Field({ description: 'Job title as posted.' }) title!: string;
  @Field(() => String, { nullable: true, description: 'Hiring company.' }) company!: string | null;
  @Field({ description: 'Whether it is shared with the report’s current manager.' }) isShared!: boolean;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was last shared.' }) sharedAt!: Date | null;
  @Field(() => RoleOutcome, { description: 'Where the report stands with it.' }) outcome!: RoleOutcome;
  @Field(() => RoleRelation, { description: 'Why the viewer can see it.' }) viewerRelation!: RoleRelation;

  organizationId!: string;
  ownerId!: string;
  levelId!: string | null;

  static from(entity: InterestingRoleEntity, relation: RoleRelation): RoleSummary {
    return Object.assign(new RoleSummary(), {
      id: entity.id,
      title: entity.title,
      company: entity.company,
      isShared: entity.sharedAt !== null,
      sharedAt: entity.sharedAt,
      outcome: entity.outcome,
      viewerRelation: relation,
      organizationId: entity.organizationId,
      ownerId: entity.ownerId,
      levelId: entity.levelId,
    });
  }
}
