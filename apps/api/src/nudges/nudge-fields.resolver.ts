import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { nudgeTarget, type NudgeKind } from '@onward/domain';
import { FieldBatches } from '../common/graphql/field-batches';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { loadAll } from '../common/graphql/request-loaders';
import { ConversationKindEnum } from '../conversations/dto/hold-conversation.input';
import { Person } from '../people/models/person.model';
import { PeopleLoaders } from '../people/people-loaders';
import { RoleRelation } from '../roles/models/role-enums.graphql';
import type { AccessibleRole } from '../roles/role-access.service';
import { RoleLoaders } from '../roles/role-loaders';
import { Nudge, NudgeTarget } from './models/nudge.model';
import { NudgeActionEnum } from './models/nudge-enums.graphql';

const first = async <T>(values: Promise<T[]>): Promise<T> => (await values)[0];

/**
 * What a nudge shows of the report and the role. The role goes through the role access check like
 * every read: its title and id show only while the report shares it with the viewer, so a revoked
 * or deleted role leaves a nudge that names nothing.
 *
 * Each field is answered for a whole list at once (FieldBatches: the inbox's page is one call per
 * field, not one per nudge and field); the single nudge is the list of one, so both go through the
 * same loaders and the same check.
 */
@Resolver(() => Nudge)
export class NudgeFieldsResolver {
  constructor(
    private readonly roles: RoleLoaders,
    private readonly people: PeopleLoaders,
    batches: FieldBatches,
  ) {
    batches.register(Nudge, 'report', (nudges, context) => this.reportsOf(nudges, context));
    batches.register(Nudge, 'roleTitle', (nudges, context) => this.roleTitlesOf(nudges, context));
    batches.register(Nudge, 'target', (nudges, context) => this.targetsOf(nudges, context));
  }

  @ResolveField(() => Person, { nullable: true, description: 'The report it is about.' })
  report(@Parent() nudge: Nudge, @Context() context: GraphqlContext): Promise<Person | null> {
    return first(this.reportsOf([nudge], context));
  }

  @ResolveField(() => String, { nullable: true, description: 'The title of the role it is about, while it is shared with you.' })
  roleTitle(@Parent() nudge: Nudge, @Context() context: GraphqlContext): Promise<string | null> {
    return first(this.roleTitlesOf([nudge], context));
  }

  @ResolveField(() => NudgeTarget, { description: 'Where opening it leads.' })
  target(@Parent() nudge: Nudge, @Context() context: GraphqlContext): Promise<NudgeTarget> {
    return first(this.targetsOf([nudge], context));
  }

  private reportsOf(nudges: readonly Nudge[], context: GraphqlContext): Promise<(Person | null)[]> {
    return loadAll(this.people.of(context).personById, nudges.map((nudge) => nudge.reportId));
  }

  private async roleTitlesOf(nudges: readonly Nudge[], context: GraphqlContext): Promise<(string | null)[]> {
    return (await this.sharedRolesOf(nudges, context)).map((found) => found?.role.title ?? null);
  }

  private async targetsOf(nudges: readonly Nudge[], context: GraphqlContext): Promise<NudgeTarget[]> {
    const rules = nudges.map((nudge) => nudgeTarget(nudge.kind as NudgeKind));
    // Only the kinds that lead to their role look it up.
    const roles = await this.sharedRolesOf(nudges, context, (nudge, i) => rules[i].fromRole);
    return nudges.map((nudge, i) =>
      Object.assign(new NudgeTarget(), {
        action: rules[i].action as NudgeActionEnum,
        reportId: nudge.reportId,
        roleId: roles[i]?.role.id ?? null,
        conversationKind: rules[i].conversationKind as ConversationKindEnum | null,
      }),
    );
  }

  /** Each nudge's role when the viewer sees it as the report's manager now; null otherwise (and where `wanted` says no). */
  private async sharedRolesOf(
    nudges: readonly Nudge[],
    context: GraphqlContext,
    wanted: (nudge: Nudge, i: number) => boolean = () => true,
  ): Promise<(AccessibleRole | null)[]> {
    const found = await loadAll(this.roles.of(context).accessibleRoleById, nudges.map((nudge, i) => (nudge.roleId && wanted(nudge, i) ? nudge.roleId : null)));
    return found.map((role, i) => (role?.relation === RoleRelation.MANAGER && role.role.ownerId === nudges[i].reportId ? role : null));
  }
}
