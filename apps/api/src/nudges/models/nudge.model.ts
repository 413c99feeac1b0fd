import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { effectiveNudgeStatus, type NudgeKind, type NudgeStatus } from '@onward/domain';
import { ConversationKindEnum } from '../../conversations/dto/hold-conversation.input';
import { NudgeActionEnum, NudgeKindEnum, NudgeStatusEnum } from './nudge-enums.graphql';

@ObjectType({ description: 'Where opening a nudge leads: the report, and for role-based nudges the role while you may still see it.' })
export class NudgeTarget {
  @Field(() => NudgeActionEnum, { description: 'What to do.' }) action!: NudgeActionEnum;
  @Field(() => ID, { description: 'The report it is about.' }) reportId!: string;
  @Field(() => ID, { nullable: true, description: 'The shared role to start from or open; null once the role is no longer shared with you.' }) roleId!: string | null;
  @Field(() => ConversationKindEnum, { nullable: true, description: 'The conversation to start, for the conversation actions.' }) conversationKind!: ConversationKindEnum | null;
}

/** One row of the inbox statement. */
export interface NudgeRow {
  id: string;
  kind: NudgeKind;
  report_id: string;
  report_name: string;
  role_id: string | null;
  due_on: string | null;
  status: NudgeStatus;
  snoozed_until: Date | null;
  raised_at: Date;
  resolved_at: Date | null;
}

@ObjectType({ description: 'A reminder about one of your direct reports, in your inbox.' })
export class Nudge {
  @Field(() => ID, { description: 'Stable identifier.' }) id!: string;
  @Field(() => NudgeKindEnum, { description: 'Why.' }) kind!: NudgeKindEnum;
  @Field(() => NudgeStatusEnum, { description: 'Open, snoozed, dismissed or resolved.' }) status!: NudgeStatusEnum;
  @Field({ description: 'The report’s name.' }) reportName!: string;
  @Field(() => String, { nullable: true, description: 'The practice’s due day (YYYY-MM-DD), for the practice kinds.' }) dueOn!: string | null;
  @Field(() => GraphQLISODateTime, { description: 'When it was raised.' }) raisedAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When its reason went away.' }) resolvedAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'While snoozed: when it opens again.' }) snoozedUntil!: Date | null;

  reportId!: string;
  roleId!: string | null;

  /** The one place an inbox row becomes what its recipient sees; the status is read as of `now`. */
  static from(row: NudgeRow, now: Date): Nudge {
    const status = effectiveNudgeStatus(row.status, row.snoozed_until, now);
    return Object.assign(new Nudge(), {
      id: row.id,
      kind: row.kind as NudgeKindEnum,
      status: status as NudgeStatusEnum,
      reportName: row.report_name,
      dueOn: row.due_on,
      raisedAt: row.raised_at,
      resolvedAt: row.resolved_at,
      snoozedUntil: status === 'SNOOZED' ? row.snoozed_until : null,
      reportId: row.report_id,
      roleId: row.role_id,
    });
  }
}

@ObjectType({ description: 'What a sweep changed.' })
export class NudgeSweepResult {
  @Field(() => Int, { description: 'Nudges raised.' }) raised!: number;
  @Field(() => Int, { description: 'Nudges resolved because their reason went away.' }) resolved!: number;
  @Field(() => Int, { description: 'Nudges that followed a report to their new manager.' }) readdressed!: number;
}
