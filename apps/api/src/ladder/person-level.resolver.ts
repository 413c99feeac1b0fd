import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { Person } from '../people/models/person.model';
import { LadderLoaders } from './ladder-loaders';
import { Level } from './models/level.model';

/** Adds `Person.level` from the ladder module, so the people module does not depend on it. */
@Resolver(() => Person)
export class PersonLevelResolver {
  constructor(private readonly ladder: LadderLoaders) {}

  @ResolveField(() => Level, { nullable: true, description: 'Their current level on the ladder.' })
  async level(@Parent() person: Person, @Context() context: GraphqlContext): Promise<Level | null> {
    if (!person.levelId) return null;
    const level = await this.ladder.of(context).levelById.load(person.levelId);
    return level ? Level.from(level) : null;
  }
}
