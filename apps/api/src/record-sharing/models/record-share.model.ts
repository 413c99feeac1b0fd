import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { RecordShareEnd, RecordShareEntity } from '../record-share.entity';

registerEnumType(RecordShareEnd, {
  name: 'RecordShareEnd',
  description: 'Why a share of earlier records ended.',
  valuesMap: {
    STOPPED: { description: 'You stopped sharing.' },
    MANAGER_CHANGED: { description: 'You got another manager; a share is with one manager only.' },
  },
});

@ObjectType({ description: 'A period during which you let a manager see the records you had with earlier managers.' })
export class RecordShare {
  @Field(() => ID, { description: 'Stable identifier.' }) id!: string;
  @Field(() => GraphQLISODateTime, { description: 'When you started sharing.' }) startedAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it ended; null while it lasts.' }) endedAt!: Date | null;
  @Field(() => RecordShareEnd, { nullable: true, description: 'Why it ended.' }) endedReason!: RecordShareEnd | null;
  @Field({ description: 'Whether it is in force now.' }) active!: boolean;

  managerId!: string;

  static from(entity: RecordShareEntity): RecordShare {
    return Object.assign(new RecordShare(), {
      id: entity.id,
      startedAt: entity.startedAt,
      endedAt: entity.endedAt,
      endedReason: entity.endedReason,
      active: entity.endedAt === null,
      managerId: entity.managerId,
    });
  }
}

@ObjectType({ description: 'Whether your current manager sees the debriefs, conversations and action items you had with earlier managers.' })
export class EarlierRecordSharing {
  @Field({ description: 'Whether your current manager sees your earlier records now.' }) sharedWithCurrentManager!: boolean;
  @Field(() => Int, { description: 'How many debriefs and conversations you had with someone other than your current manager.' })
  earlierRecordCount!: number;
  @Field(() => [RecordShare], { description: 'Every share, newest first: who could read your earlier records, and when.' }) history!: RecordShare[];
}
