import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { loadAll } from '../common/graphql/request-loaders';
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

  @ResolveField(() => Boolean, {
    description: 'Whether someone among their direct reports manages people too: a leader, whom the views over everyone below them are for.',
  })
  async isLeader(@Parent() person: Person, @Context() context: GraphqlContext): Promise<boolean> {
    const loaders = this.people.of(context);
    const direct = await loaders.directReportsByManagerId.load(person.id);
    const below = await loadAll(loaders.directReportsByManagerId, direct.map((report) => report.id));
    return below.some((reports) => (reports?.length ?? 0) > 0);
  }
}
