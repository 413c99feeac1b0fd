import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum PracticeStateEnum {
  COVERED = 'COVERED',
  DUE_SOON = 'DUE_SOON',
  OVERDUE = 'OVERDUE',
}

registerEnumType(PracticeStateEnum, {
  name: 'PracticeState',
  description: 'Where a report stands on the interview-practice cadence.',
  valuesMap: {
    COVERED: { description: 'Practised within the cadence, not due within 30 days.' },
    DUE_SOON: { description: 'Due within 30 days (or never practised and joined less than 30 days ago).' },
    OVERDUE: { description: 'Past due.' },
  },
});

@ObjectType({ description: 'A report’s practice cadence: an interview-practice conversation or a debrief within the organization’s cadence.' })
export class PracticeStatus {
  @Field(() => String, { nullable: true, description: 'Day of the last practice conversation or debrief (YYYY-MM-DD).' }) lastPracticeOn!: string | null;
  @Field({ description: 'Last day they are covered (YYYY-MM-DD); 30 days after joining when never practised.' }) dueOn!: string;
  @Field({ description: 'Whether a practice was held within the cadence.' }) covered!: boolean;
  @Field(() => PracticeStateEnum, { description: 'Covered, due soon or overdue.' }) state!: PracticeStateEnum;
}
