import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AdminOnly, CurrentViewer, SignedIn } from '../auth/access.decorators';
import type { Viewer } from '../auth/viewer';
import { CreateLevelInput, UpdateLevelInput } from './dto/level.input';
import { LadderService } from './ladder.service';
import { Level } from './models/level.model';

@Resolver(() => Level)
export class LadderResolver {
  constructor(private readonly ladder: LadderService) {}

  @Query(() => [Level], { description: 'The organization’s level ladder, lowest rank first.' })
  @SignedIn()
  async levels(@CurrentViewer() viewer: Viewer): Promise<Level[]> {
    return (await this.ladder.list(viewer)).map(Level.from);
  }

  @Mutation(() => Level, { description: 'Adds a level to the ladder (admins).' })
  @AdminOnly()
  async createLevel(@CurrentViewer() viewer: Viewer, @Args('input', { description: 'The new level.' }) input: CreateLevelInput): Promise<Level> {
    return Level.from(await this.ladder.create(viewer, input));
  }

  @Mutation(() => Level, { description: 'Renames, re-ranks or re-keys a level (admins).' })
  @AdminOnly()
  async updateLevel(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID, description: 'The level.' }) id: string,
    @Args('input', { description: 'What changes.' }) input: UpdateLevelInput,
  ): Promise<Level> {
    return Level.from(await this.ladder.update(viewer, id, input));
  }

  @Mutation(() => Level, { description: 'Removes a level nobody holds (admins).' })
  @AdminOnly()
  async deleteLevel(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID, description: 'The level.' }) id: string): Promise<Level> {
    return Level.from(await this.ladder.delete(viewer, id));
  }
}
