import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { CONVERSATION_AGENDAS } from '@onward/domain';
import { ConversationEntity } from '../conversation.entity';
import { ConversationKindEnum } from '../dto/hold-conversation.input';

@ObjectType({ description: 'A question of a guided agenda.' })
export class AgendaQuestion {
  @Field({ description: 'Stable key, used in answers.' }) key!: string;
  @Field({ description: 'What to ask.' }) prompt!: string;
  @Field({ description: 'How to ask it well.' }) hint!: string;
}

@ObjectType({ description: 'The guided agenda of a kind of conversation.' })
export class ConversationAgenda {
  @Field(() => ConversationKindEnum, { description: 'The kind.' }) kind!: ConversationKindEnum;
  @Field({ description: 'Display title.' }) title!: string;
  @Field({ description: 'What the conversation is for.' }) purpose!: string;
  @Field(() => [AgendaQuestion], { description: 'The questions, in order.' }) questions!: AgendaQuestion[];
}

@ObjectType({ description: 'An answered agenda question.' })
export class ConversationAnswer {
  @Field({ description: 'The question’s key.' }) questionKey!: string;
  @Field({ description: 'The question as asked.' }) prompt!: string;
  @Field({ description: 'The answer.' }) answer!: string;
}

@ObjectType({ description: 'A growth conversation a manager held with a report.' })
export class Conversation {
  @Field(() => ID, { description: 'Stable identifier.' }) id!: string;
  @Field(() => ConversationKindEnum, { description: 'Which agenda.' }) kind!: ConversationKindEnum;
  @Field({ description: 'The day it was held (YYYY-MM-DD).' }) heldOn!: string;
  @Field(() => [ConversationAnswer], { description: 'Answers, in agenda order.' }) answers!: ConversationAnswer[];
  @Field(() => String, { nullable: true, description: 'Free notes.' }) notes!: string | null;
  @Field(() => GraphQLISODateTime, { description: 'When it was written.' }) createdAt!: Date;
  @Field(() => GraphQLISODateTime, { description: 'When it last changed.' }) updatedAt!: Date;
  reportId!: string;
  heldById!: string;
  roleId!: string | null;

  static from(entity: ConversationEntity): Conversation {
    const prompts = new Map(CONVERSATION_AGENDAS[entity.kind].questions.map((q) => [q.key, q.prompt]));
    return Object.assign(new Conversation(), {
      id: entity.id,
      kind: entity.kind as ConversationKindEnum,
      heldOn: entity.heldOn,
      answers: entity.answers.map((a) => ({ questionKey: a.questionKey, prompt: prompts.get(a.questionKey) ?? a.questionKey, answer: a.answer })),
      notes: entity.notes,
      createdAt: entity.createdAt,
      updatedAt: entity.updatedAt,
      reportId: entity.reportId,
      heldById: entity.heldById,
      roleId: entity.roleId,
    });
  }
}
