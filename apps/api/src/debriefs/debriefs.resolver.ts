import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { stretchTag } from '@onward/domain';
import { ActionItem } from '../action-items/models/action-item.model';
import { CurrentViewer, SignedIn } from '../auth/access.decorators';
import type { Viewer } from '../auth/viewer';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { Level } from '../ladder/models/level.model';
import { LadderLoaders } from '../ladder/ladder-loaders';
import { Person } from '../people/models/person.model';
import { PeopleLoaders } from '../people/people-loaders';
import { ActionItemLoaders } from '../action-items/action-item-loaders';
import { RoleSummary } from '../roles/models/role-summary.model';
import { RoleLoaders } from '../roles/role-loaders';
import { StretchTagEnum } from '../roles/models/role-enums.graphql';
import { DebriefsService } from './debriefs.service';
import { CreateDebriefInput, UpdateDebriefInput } from './dto/debrief.input';
import { Debrief } from './models/debrief.model';

@Resolver(() => Debrief)
export class DebriefsResolver {
  constructor(
    private readonly service: DebriefsService,
    private readonly people: PeopleLoaders,
    private readonly ladder: LadderLoaders,
    private readonly roles: RoleLoaders,
    private readonly actionItemLoaders: ActionItemLoaders,
  ) {}

  @Query(() => [Debrief], { description: 'A report’s debriefs, newest first (the report or their current manager).' })
  @SignedIn()
  debriefs(@CurrentViewer() viewer: Viewer, @Args('reportId', { type: () => ID, description: 'The report.' }) reportId: string): Promise<Debrief[]> {
    return this.service.list(viewer, reportId);
  }

  @Query(() => Debrief, { description: 'One debrief (the report or their current manager).' })
  @SignedIn()
  debrief(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID, description: 'The debrief.' }) id: string): Promise<Debrief> {
    return this.service.read(viewer, id);
  }

  @Mutation(() => Debrief, { description: 'Records a debrief with one of your direct reports, with its action items.' })
  @SignedIn()
  createDebrief(@CurrentViewer() viewer: Viewer, @Args('input', { description: 'The debrief.' }) input: CreateDebriefInput): Promise<Debrief> {
    return this.service.create(viewer, input);
  }

  @Mutation(() => Debrief, { description: 'Edits a debrief you held with one of your direct reports.' })
  @SignedIn()
  updateDebrief(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID, description: 'The debrief.' }) id: string,
    @Args('input', { description: 'What changes.' }) input: UpdateDebriefInput,
  ): Promise<Debrief> {
    return this.service.update(viewer, id, input);
  }

  @Mutation(() => ID, { description: 'Deletes a debrief you held with one of your direct reports, with its action items. Returns its id.' })
  @SignedIn()
  deleteDebrief(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID, description: 'The debrief.' }) id: string): Promise<string> {
    return this.service.delete(viewer, id);
  }

  @ResolveField(() => Person, { nullable: true, description: 'The report.' })
  async report(@Parent() debrief: Debrief, @Context() context: GraphqlContext): Promise<Person | null> {
    return await this.people.of(context).personById.load(debrief.reportId);
  }

  @ResolveField(() => Person, { nullable: true, description: 'The manager who held it.' })
  async heldBy(@Parent() debrief: Debrief, @Context() context: GraphqlContext): Promise<Person | null> {
    return await this.people.of(context).personById.load(debrief.heldById);
  }

  @ResolveField(() => RoleSummary, { nullable: true, description: 'The role it is about, as a summary, while the viewer may still see that role.' })
  async role(@Parent() debrief: Debrief, @Context() context: GraphqlContext): Promise<RoleSummary | null> {
    const found = debrief.roleId ? await this.roles.of(context).accessibleRoleById.load(debrief.roleId) : null;
    return found ? RoleSummary.from(found.role, found.relation) : null;
  }

  @ResolveField(() => Level, { nullable: true, description: 'The level the other company assessed, on our ladder.' })
  async assessedLevel(@Parent() debrief: Debrief, @Context() context: GraphqlContext): Promise<Level | null> {
    const level = debrief.assessedLevelId ? await this.ladder.of(context).levelById.load(debrief.assessedLevelId) : null;
    return level ? Level.from(level) : null;
  }

  @ResolveField(() => StretchTagEnum, {
    description: 'The assessed level against the report’s current level: STEP_UP means they were read as more senior than here.',
  })
  async externalReading(@Parent() debrief: Debrief, @Context() context: GraphqlContext): Promise<StretchTagEnum> {
    const report = await this.people.of(context).personById.load(debrief.reportId);
    const [assessed, current] = await Promise.all([
      debrief.assessedLevelId ? this.ladder.of(context).levelById.load(debrief.assessedLevelId) : null,
      report?.levelId ? this.ladder.of(context).levelById.load(report.levelId) : null,
    ]);
    return stretchTag(assessed?.rank, current?.rank) as StretchTagEnum;
  }

  @ResolveField(() => [ActionItem], { description: 'Action items agreed on, oldest first.' })
  async actionItems(@Parent() debrief: Debrief, @Context() context: GraphqlContext): Promise<ActionItem[]> {
    return (await this.actionItemLoaders.of(context).actionItemsByDebriefId.load(debrief.id)).map(ActionItem.from);
  }
}
