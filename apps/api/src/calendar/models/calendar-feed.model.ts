import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'The signed-in person’s calendar feed. Its address is shown once, when it is made.' })
export class CalendarFeed {
  @Field(() => GraphQLISODateTime, { description: 'When the current address was made.' })
  createdAt!: Date;
}

@ObjectType({ description: 'A new calendar feed address: subscribe to it in a calendar app. It replaces any earlier one.' })
export class CalendarFeedLink {
  @Field({ description: 'The secret address of the feed; anyone who has it can read the feed, until it is revoked.' })
  url!: string;

  @Field(() => GraphQLISODateTime, { description: 'When it was made.' })
  createdAt!: Date;
}
