import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
import { Person } from '../../people/models/person.model';

@ObjectType({ description: 'A fresh invitation: the link, which was also mailed to the invitee when `emailed` is true.' })
export class InvitationLink {
  @Field(() => Person, { description: 'The invited person.' })
  person!: Person;

  @Field({ description: 'The single-use link that lets them set a password.' })
  url!: string;

  @Field(() => GraphQLISODateTime, { description: 'When the link stops working.' })
  expiresAt!: Date;

  @Field({ description: 'Whether the link was mailed to the invitee; when false, pass it on yourself.' })
  emailed!: boolean;
}

@ObjectType({ description: 'What an invitation link is for, shown before it is accepted.' })
export class InvitationPreview {
  @Field({ description: 'The organization they are invited to.' })
  organizationName!: string;

  @Field({ description: 'The invited person’s name.' })
  name!: string;

  @Field({ description: 'The invited person’s email.' })
  email!: string;

  @Field(() => GraphQLISODateTime, { description: 'When the link stops working.' })
  expiresAt!: Date;
}
