import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CONVERSATION_AGENDAS } from '@onward/domain';
import { ActionItem } from '../action-items/models/action-item.model';
import { CurrentViewer, SignedIn } from '../auth/access.decorators';
import type { Viewer } from '../auth/viewer';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { Person } from '../people/models/person.model';
import { PeopleLoaders } from '../people/people-loaders';
import { ActionItemLoaders } from '../action-items/action-item-loaders';
import { RoleSummary } from '../roles/models/role-summary.model';
import { RoleLoaders } from '../roles/role-loaders';
import { ConversationsService } from './conversations.service';
import { ConversationKindEnum, HoldConversationInput, UpdateConversationInput } from './dto/hold-conversation.input';
import { Conversation, ConversationAgenda } from './models/conversation.model';

@Resolver(() => Conversation)
export class ConversationsResolver {
  constructor(
    private readonly service: ConversationsService,
    private readonly people: PeopleLoaders,
    private readonly roles: RoleLoaders,
    private readonly actionItemLoaders: ActionItemLoaders,
  ) {}

  @Query(() => [ConversationAgenda], { description: 'The guided agenda of each kind of conversation.' })
  @SignedIn()
  conversationAgendas(): ConversationAgenda[] {
    return Object.values(CONVERSATION_AGENDAS).map((agenda) => ({ ...agenda, kind: agenda.kind as ConversationKindEnum }));
  }

  @Query(() => [Conversation], { description: 'A report’s conversations, newest first (the report or their current manager).' })
  @SignedIn()
  conversations(
    @CurrentViewer() viewer: Viewer,
    @Args('reportId', { type: () => ID, description: 'The report.' }) reportId: string,
    @Args('kind', { type: () => ConversationKindEnum, nullable: true, description: 'Only this kind.' }) kind?: ConversationKindEnum | null,
  ): Promise<Conversation[]> {
    return this.service.list(viewer, reportId, kind);
  }

  @Query(() => Conversation, { description: 'One conversation (the report or their current manager).' })
  @SignedIn()
  conversation(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID, description: 'The conversation.' }) id: string): Promise<Conversation> {
    return this.service.read(viewer, id);
  }

  @Mutation(() => Conversation, { description: 'Records a conversation you held with one of your direct reports, with its action items.' })
  @SignedIn()
  holdConversation(@CurrentViewer() viewer: Viewer, @Args('input', { description: 'The conversation.' }) input: HoldConversationInput): Promise<Conversation> {
    return this.service.hold(viewer, input);
  }

  @Mutation(() => Conversation, { description: 'Edits a conversation you held with one of your direct reports.' })
  @SignedIn()
  updateConversation(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID, description: 'The conversation.' }) id: string,
    @Args('input', { description: 'What changes.' }) input: UpdateConversationInput,
  ): Promise<Conversation> {
    return this.service.update(viewer, id, input);
  }

  @Mutation(() => ID, { description: 'Deletes a conversation you held with one of your direct reports, with its action items. Returns its id.' })
  @SignedIn()
  deleteConversation(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID, description: 'The conversation.' }) id: string): Promise<string> {
    return this.service.delete(viewer, id);
  }

  @ResolveField(() => Person, { nullable: true, description: 'The report.' })
  async report(@Parent() conversation: Conversation, @Context() context: GraphqlContext): Promise<Person | null> {
    return await this.people.of(context).personById.load(conversation.reportId);
  }

  @ResolveField(() => Person, { nullable: true, description: 'The manager who held it.' })
  async heldBy(@Parent() conversation: Conversation, @Context() context: GraphqlContext): Promise<Person | null> {
    return await this.people.of(context).personById.load(conversation.heldById);
  }

  @ResolveField(() => RoleSummary, { nullable: true, description: 'The same-level role it was started from, as a summary, while the viewer may still see it.' })
  async role(@Parent() conversation: Conversation, @Context() context: GraphqlContext): Promise<RoleSummary | null> {
    const found = conversation.roleId ? await this.roles.of(context).accessibleRoleById.load(conversation.roleId) : null;
    return found ? RoleSummary.from(found.role, found.relation) : null;
  }

  @ResolveField(() => [ActionItem], { description: 'Action items agreed on, oldest first.' })
  async actionItems(@Parent() conversation: Conversation, @Context() context: GraphqlContext): Promise<ActionItem[]> {
    return (await this.actionItemLoaders.of(context).actionItemsByConversationId.load(conversation.id)).map(ActionItem.from);
  }
}
