import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { Person } from './models/person.model';
import { PeopleLoaders } from './people-loaders';

/** Reporting relations, loaded in batches per request so a team page costs the same for 5 or 50 people. */
@Resolver(() => Person)
export class PersonRelationsResolver {
  constructor(private readonly people: PeopleLoaders) {}

  @ResolveField(() => Person, { nullable: true, description: 'Their current manager.' })
  async manager(@Parent() person: Person, @Context() context: GraphqlContext): Promise<Person | null> {
    if (!person.managerId) return null;
    return await this.people.of(context).personById.load(person.managerId);
  }

  @ResolveField(() => [Person], { description: 'People who report to them directly, by name; deactivated people left out.' })
  async directReports(@Parent() person: Person, @Context() context: GraphqlContext): Promise<Person[]> {
    return this.people.of(context).directReportsByManagerId.load(person.id);
  }
}
