import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { OrganizationEntity } from '../organization.entity';

@ObjectType({ description: 'The organization of the signed-in person, and its settings.' })
export class Organization {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: string;

  @Field({ description: 'Display name.' })
  name!: string;

  @Field(() => Int, { description: 'Months between interview-practice conversations with each report.' })
  practiceCadenceMonths!: number;

  @Field(() => Int, { description: 'Aggregates over fewer people than this are shown as "fewer than k".' })
  anonymityThreshold!: number;

  @Field({ description: 'Where the organization’s clocks are, as an IANA time zone name (e.g. Europe/Berlin); suggested conversation slots are 10:00 there.' })
  timeZone!: string;

  static from(entity: OrganizationEntity): Organization {
    return Object.assign(new Organization(), {
      id: entity.id,
      name: entity.name,
      practiceCadenceMonths: entity.practiceCadenceMonths,
      anonymityThreshold: entity.anonymityThreshold,
      timeZone: entity.timeZone,
    });
  }
}
