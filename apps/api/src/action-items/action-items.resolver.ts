import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, SignedIn } from '../auth/access.decorators';
import type { Viewer } from '../auth/viewer';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { Person } from '../people/models/person.model';
import { PeopleLoaders } from '../people/people-loaders';
import { ActionItemsService } from './action-items.service';
import { AddActionItemInput, UpdateActionItemInput } from './dto/action-item.input';
import { ActionItem, ActionItemStatus } from './models/action-item.model';

@Resolver(() => ActionItem)
export class ActionItemsResolver {
  constructor(
    private readonly service: ActionItemsService,
    private readonly people: PeopleLoaders,
  ) {}

  @Query(() => [ActionItem], { description: 'Your own action items and your direct reports’, open first, by due day.' })
  @SignedIn()
  myActionItems(
    @CurrentViewer() viewer: Viewer,
    @Args('status', { type: () => ActionItemStatus, defaultValue: ActionItemStatus.OPEN, description: 'Which to list.' }) status: ActionItemStatus,
  ): Promise<ActionItem[]> {
    return this.service.mine(viewer, status);
  }

  @Query(() => [ActionItem], { description: 'A report’s action items (the report or their current manager).' })
  @SignedIn()
  actionItems(
    @CurrentViewer() viewer: Viewer,
    @Args('reportId', { type: () => ID, description: 'The report.' }) reportId: string,
    @Args('status', { type: () => ActionItemStatus, defaultValue: ActionItemStatus.OPEN, description: 'Which to list.' }) status: ActionItemStatus,
  ): Promise<ActionItem[]> {
    return this.service.forReport(viewer, reportId, status);
  }

  @Mutation(() => ActionItem, { description: 'Adds an action item to a debrief or conversation (the report or their current manager).' })
  @SignedIn()
  addActionItem(@CurrentViewer() viewer: Viewer, @Args('input', { description: 'The item.' }) input: AddActionItemInput): Promise<ActionItem> {
    return this.service.add(viewer, input);
  }

  @Mutation(() => ActionItem, { description: 'Marks an action item done.' })
  @SignedIn()
  completeActionItem(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID, description: 'The item.' }) id: string): Promise<ActionItem> {
    return this.service.setDone(viewer, id, true);
  }

  @Mutation(() => ActionItem, { description: 'Marks a done action item open again.' })
  @SignedIn()
  reopenActionItem(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID, description: 'The item.' }) id: string): Promise<ActionItem> {
    return this.service.setDone(viewer, id, false);
  }

  @Mutation(() => ActionItem, { description: 'Rewords an action item you wrote or moves its due day.' })
  @SignedIn()
  updateActionItem(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID, description: 'The item.' }) id: string,
    @Args('input', { description: 'What changes.' }) input: UpdateActionItemInput,
  ): Promise<ActionItem> {
    return this.service.update(viewer, id, input);
  }

  @Mutation(() => ID, { description: 'Deletes an action item you wrote. Returns its id.' })
  @SignedIn()
  deleteActionItem(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID, description: 'The item.' }) id: string): Promise<string> {
    return this.service.delete(viewer, id);
  }

  @ResolveField(() => Boolean, { description: 'Whether you wrote it: only its author rewords or deletes it.' })
  writtenByYou(@Parent() item: ActionItem, @Context() context: GraphqlContext): boolean {
    return item.createdById === context.viewer?.personId;
  }

  @ResolveField(() => Person, { nullable: true, description: 'The report whose growth record it belongs to.' })
  async report(@Parent() item: ActionItem, @Context() context: GraphqlContext): Promise<Person | null> {
    return await this.people.of(context).personById.load(item.reportId);
  }
}
