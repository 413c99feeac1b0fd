import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { nudgeTarget, type NudgeKind } from '@onward/domain';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { ConversationKindEnum } from '../conversations/dto/hold-conversation.input';
import { Person } from '../people/models/person.model';
import { PeopleLoaders } from '../people/people-loaders';
import { RoleRelation } from '../roles/models/role-enums.graphql';
import { RoleLoaders } from '../roles/role-loaders';
import { Nudge, NudgeTarget } from './models/nudge.model';
import { NudgeActionEnum } from './models/nudge-enums.graphql';

/**
 * What a nudge shows of the report and the role, batched per request. The role goes through the
 * role access check like every read: its title and id show only while the report shares it with
 * the viewer, so a revoked or deleted role leaves a nudge that names nothing.
 */
@Resolver(() => Nudge)
export class NudgeFieldsResolver {
  constructor(
    private readonly roles: RoleLoaders,
    private readonly people: PeopleLoaders,
  ) {}

  @ResolveField(() => Person, { nullable: true, description: 'The report it is about.' })
  report(@Parent() nudge: Nudge, @Context() context: GraphqlContext): Promise<Person | null> {
    return this.people.of(context).personById.load(nudge.reportId);
  }

  @ResolveField(() => String, { nullable: true, description: 'The title of the role it is about, while it is shared with you.' })
  async roleTitle(@Parent() nudge: Nudge, @Context() context: GraphqlContext): Promise<string | null> {
    return (await this.sharedRoleId(nudge, context)) ? ((await this.roles.of(context).accessibleRoleById.load(nudge.roleId!))?.role.title ?? null) : null;
  }

  @ResolveField(() => NudgeTarget, { description: 'Where opening it leads.' })
  async target(@Parent() nudge: Nudge, @Context() context: GraphqlContext): Promise<NudgeTarget> {
    const rule = nudgeTarget(nudge.kind as NudgeKind);
    return Object.assign(new NudgeTarget(), {
      action: rule.action as NudgeActionEnum,
      reportId: nudge.reportId,
      roleId: rule.fromRole ? await this.sharedRoleId(nudge, context) : null,
      conversationKind: rule.conversationKind as ConversationKindEnum | null,
    });
  }

  /** The nudge's role when the viewer sees it as the report's manager now; null otherwise. */
  private async sharedRoleId(nudge: Nudge, context: GraphqlContext): Promise<string | null> {
    if (!nudge.roleId) return null;
    const found = await this.roles.of(context).accessibleRoleById.load(nudge.roleId);
    return found?.relation === RoleRelation.MANAGER && found.role.ownerId === nudge.reportId ? found.role.id : null;
  }
}
