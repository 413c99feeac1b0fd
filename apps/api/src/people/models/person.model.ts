import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PersonEntity, PersonStatus } from '../person.entity';

registerEnumType(PersonStatus, {
  name: 'PersonStatus',
  description: 'Where a person is in their account lifecycle.',
  valuesMap: {
    INVITED: { description: 'Invited or imported; has not set a password yet.' },
    ACTIVE: { description: 'Can sign in.' },
    DEACTIVATED: { description: 'Signed out everywhere and cannot sign in.' },
  },
});

@ObjectType({ description: 'A member of an organization: a report, a manager, or both.' })
export class Person {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: string;

  @Field({ description: 'Full name.' })
  name!: string;

  @Field({ description: 'Email address used to sign in.' })
  email!: string;

  @Field(() => String, { nullable: true, description: 'Job title inside the organization.' })
  title!: string | null;

  @Field(() => PersonStatus, { description: 'Account status.' })
  status!: PersonStatus;

  @Field({ description: 'Whether this person administers the organization.' })
  isAdmin!: boolean;

  @Field(() => GraphQLISODateTime, { description: 'When they joined; their first interview practice is due 30 days later.' })
  joinedAt!: Date;

  organizationId!: string;
  levelId!: string | null;
  managerId!: string | null;

  static from(entity: PersonEntity): Person {
    return Object.assign(new Person(), {
      id: entity.id,
      name: entity.name,
      email: entity.email,
      title: entity.title,
      status: entity.status,
      isAdmin: entity.isAdmin,
      joinedAt: entity.joinedAt,
      organizationId: entity.organizationId,
      levelId: entity.levelId,
      managerId: entity.managerId,
    });
  }
}
