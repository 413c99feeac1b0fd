import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { FieldBatches } from '../common/graphql/field-batches';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { loadAll } from '../common/graphql/request-loaders';
import { Person } from '../people/models/person.model';
import { LadderLoaders } from './ladder-loaders';
import { Level } from './models/level.model';

/** Adds `Person.level` from the ladder module, so the people module does not depend on it. */
@Resolver(() => Person)
export class PersonLevelResolver {
  constructor(
    private readonly ladder: LadderLoaders,
    batches: FieldBatches,
  ) {
    batches.register(Person, 'level', (people, context) => this.levelsOf(people, context));
  }

  @ResolveField(() => Level, { nullable: true, description: 'Their current level on the ladder.' })
  async level(@Parent() person: Person, @Context() context: GraphqlContext): Promise<Level | null> {
    return (await this.levelsOf([person], context))[0];
  }

  private async levelsOf(people: readonly Person[], context: GraphqlContext): Promise<(Level | null)[]> {
    const levels = await loadAll(this.ladder.of(context).levelById, people.map((person) => person.levelId));
    return levels.map((level) => (level ? Level.from(level) : null));
  }
}
