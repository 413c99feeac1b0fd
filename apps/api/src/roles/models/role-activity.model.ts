import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Person } from '../../people/models/person.model';
import { InterviewKind } from '../role-enums';
import { RoleCommentEntity } from '../role-comment.entity';
import { RoleInterviewEntity } from '../role-interview.entity';

@ObjectType({ description: 'An interview the report had, or will have, for a role.' })
export class RoleInterview {
  @Field(() => ID, { description: 'Stable identifier.' }) id!: string;
  @Field({ description: 'The day of the interview (YYYY-MM-DD).' }) heldOn!: string;
  @Field(() => InterviewKind, { description: 'Kind of stage.' }) kind!: InterviewKind;
  @Field(() => String, { nullable: true, description: 'The report’s notes.' }) notes!: string | null;

  static from(entity: RoleInterviewEntity): RoleInterview {
    return Object.assign(new RoleInterview(), { id: entity.id, heldOn: entity.heldOn, kind: entity.kind, notes: entity.notes });
  }
}

@ObjectType({ description: 'A message in the thread between a report and their manager about a shared role.' })
export class RoleComment {
  @Field(() => ID, { description: 'Stable identifier.' }) id!: string;
  @Field({ description: 'The message.' }) body!: string;
  @Field(() => GraphQLISODateTime, { description: 'When it was written.' }) createdAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When its author last edited it; null if never.' }) editedAt!: Date | null;
  authorId!: string;

  static from(entity: RoleCommentEntity): RoleComment {
    return Object.assign(new RoleComment(), { id: entity.id, body: entity.body, createdAt: entity.createdAt, editedAt: entity.editedAt, authorId: entity.authorId });
  }
}

@ObjectType({ description: 'Someone other than the report read the role: the report’s access log.' })
export class RoleView {
  @Field(() => Person, { nullable: true, description: 'Who read it.' }) viewer!: Person | null;
  @Field(() => GraphQLISODateTime, { description: 'When.' }) viewedAt!: Date;
}
