import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ActionItemEntity, ActionItemOwner } from '../action-item.entity';

export enum ActionItemStatus {
  OPEN = 'OPEN',
  DONE = 'DONE',
  ALL = 'ALL',
}

registerEnumType(ActionItemStatus, {
  name: 'ActionItemStatus',
  description: 'Which action items to list.',
  valuesMap: { OPEN: { description: 'Not done yet.' }, DONE: { description: 'Done.' }, ALL: { description: 'Both.' } },
});

@ObjectType({ description: 'Something to do after a debrief or conversation. Open items carry over to the next conversation.' })
export class ActionItem {
  @Field(() => ID, { description: 'Stable identifier.' }) id!: string;
  @Field(() => ActionItemOwner, { description: 'Who is to do it.' }) owner!: ActionItemOwner;
  @Field({ description: 'What to do.' }) text!: string;
  @Field(() => String, { nullable: true, description: 'Due day (YYYY-MM-DD).' }) dueOn!: string | null;
  @Field({ description: 'Whether it is done.' }) done!: boolean;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was done.' }) doneAt!: Date | null;
  @Field(() => GraphQLISODateTime, { description: 'When it was written.' }) createdAt!: Date;
  @Field(() => ID, { nullable: true, description: 'The debrief it follows from.' }) debriefId!: string | null;
  @Field(() => ID, { nullable: true, description: 'The conversation it follows from.' }) conversationId!: string | null;
  reportId!: string;
  createdById!: string;

  static from(entity: ActionItemEntity): ActionItem {
    return Object.assign(new ActionItem(), {
      id: entity.id,
      owner: entity.owner,
      text: entity.text,
      dueOn: entity.dueOn,
      done: entity.doneAt !== null,
      doneAt: entity.doneAt,
      createdAt: entity.createdAt,
      debriefId: entity.debriefId,
      conversationId: entity.conversationId,
      reportId: entity.reportId,
      createdById: entity.createdById,
    });
  }
}
