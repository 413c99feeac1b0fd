import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { FieldBatches } from '../common/graphql/field-batches';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { loadAll } from '../common/graphql/request-loaders';
import { Level } from '../ladder/models/level.model';
import { Person } from '../people/models/person.model';
import { PeopleLoaders } from '../people/people-loaders';
import { InterestingRole } from './models/interesting-role.model';
import { RoleComment, RoleInterview, RoleView } from './models/role-activity.model';
import { RoleRelation, StretchTagEnum } from './models/role-enums.graphql';
import { RoleSummary } from './models/role-summary.model';
import { RoleLevelReader, RoleShape } from './role-level-reader';
import { RoleLoaders } from './role-loaders';

const first = async <T>(values: Promise<T[]>): Promise<T> => (await values)[0];

/** Owner, level and stretch of every role of a list in one go (common/graphql/precomputed-fields.ts). */
function batchRoleShapeFields<R extends RoleShape>(batches: FieldBatches, type: abstract new () => R, levels: RoleLevelReader): void {
  batches.register<R>(type, 'owner', (roles, context) => levels.owners(roles, context));
  batches.register<R>(type, 'level', (roles, context) => levels.levels(roles, context));
  batches.register<R>(type, 'stretch', (roles, context) => levels.stretches(roles, context));
  batches.register<R>(type, 'trackChange', (roles, context) => levels.trackChanges(roles, context));
  batches.register<R>(type, 'satisfactionConversationSuggested', (roles, context) => levels.satisfactionConversationsSuggested(roles, context));
}

/**
 * Fields of a role that load related rows. The role itself already passed the access check, so
 * these only batch-load (one statement per kind per request, whatever the number of roles).
 */
@Resolver(() => InterestingRole)
export class RoleFieldsResolver {
  constructor(
    private readonly levels: RoleLevelReader,
    private readonly roles: RoleLoaders,
    private readonly people: PeopleLoaders,
    batches: FieldBatches,
  ) {
    batchRoleShapeFields(batches, InterestingRole, levels);
  }

  @ResolveField(() => Person, { nullable: true, description: 'The report who keeps the role.' })
  owner(@Parent() role: InterestingRole, @Context() context: GraphqlContext): Promise<Person | null> {
    return first(this.levels.owners([role], context));
  }

  @ResolveField(() => Level, { nullable: true, description: 'The role’s level on the ladder (see levelSource).' })
  level(@Parent() role: InterestingRole, @Context() context: GraphqlContext): Promise<Level | null> {
    return first(this.levels.levels([role], context));
  }

  @ResolveField(() => Person, { nullable: true, description: 'Who set the level, when a person did.' })
  async levelSetBy(@Parent() role: InterestingRole, @Context() context: GraphqlContext): Promise<Person | null> {
    return role.levelSetById ? this.people.of(context).personById.load(role.levelSetById) : null;
  }

  @ResolveField(() => StretchTagEnum, { description: 'The role’s level against the report’s current level; follows promotions.' })
  stretch(@Parent() role: InterestingRole, @Context() context: GraphqlContext): Promise<StretchTagEnum> {
    return first(this.levels.stretches([role], context));
  }

  @ResolveField(() => Boolean, { description: 'The role is on the other track (IC ↔ management) from the report’s level.' })
  trackChange(@Parent() role: InterestingRole, @Context() context: GraphqlContext): Promise<boolean> {
    return first(this.levels.trackChanges([role], context));
  }

  @ResolveField(() => Boolean, { description: 'A shared same-level role: consider a satisfaction conversation rather than celebrating growth.' })
  satisfactionConversationSuggested(@Parent() role: InterestingRole, @Context() context: GraphqlContext): Promise<boolean> {
    return first(this.levels.satisfactionConversationsSuggested([role], context));
  }

  @ResolveField(() => [RoleInterview], { description: 'Interviews, earliest first.' })
  async interviews(@Parent() role: InterestingRole, @Context() context: GraphqlContext): Promise<RoleInterview[]> {
    return (await this.roles.of(context).interviewsByRoleId.load(role.id)).map(RoleInterview.from);
  }

  @ResolveField(() => [RoleComment], { description: 'The thread between the report and their manager, oldest first.' })
  async comments(@Parent() role: InterestingRole, @Context() context: GraphqlContext): Promise<RoleComment[]> {
    return (await this.roles.of(context).commentsByRoleId.load(role.id)).map(RoleComment.from);
  }

  @ResolveField(() => [RoleView], { nullable: true, description: 'Who else read the role and when, newest first; only its owner sees this.' })
  async views(@Parent() role: InterestingRole, @Context() context: GraphqlContext): Promise<RoleView[] | null> {
    if (role.viewerRelation !== RoleRelation.OWNER) return null;
    const views = await this.roles.of(context).viewsByRoleId.load(role.id);
    const people = this.people.of(context).personById;
    return Promise.all(
      views.map(async (v) => {
        const viewer = await people.load(v.viewerId);
        return Object.assign(new RoleView(), { viewedAt: v.viewedAt, viewer });
      }),
    );
  }
}

/** The same level and stretch as the detail, for the summary lists show. */
@Resolver(() => RoleSummary)
export class RoleSummaryFieldsResolver {
  constructor(
    private readonly levels: RoleLevelReader,
    private readonly roles: RoleLoaders,
    batches: FieldBatches,
  ) {
    batchRoleShapeFields(batches, RoleSummary, levels);
    batches.register(RoleSummary, 'unread', (roles, context) => this.unreadOf(roles, context));
  }

  @ResolveField(() => Person, { nullable: true, description: 'The report who keeps the role.' })
  owner(@Parent() role: RoleSummary, @Context() context: GraphqlContext): Promise<Person | null> {
    return first(this.levels.owners([role], context));
  }

  @ResolveField(() => Level, { nullable: true, description: 'The role’s level on the ladder.' })
  level(@Parent() role: RoleSummary, @Context() context: GraphqlContext): Promise<Level | null> {
    return first(this.levels.levels([role], context));
  }

  @ResolveField(() => StretchTagEnum, { description: 'The role’s level against the report’s current level; follows promotions.' })
  stretch(@Parent() role: RoleSummary, @Context() context: GraphqlContext): Promise<StretchTagEnum> {
    return first(this.levels.stretches([role], context));
  }

  @ResolveField(() => Boolean, { description: 'The role is on the other track (IC ↔ management) from the report’s level.' })
  trackChange(@Parent() role: RoleSummary, @Context() context: GraphqlContext): Promise<boolean> {
    return first(this.levels.trackChanges([role], context));
  }

  @ResolveField(() => Boolean, { description: 'A shared same-level role: consider a satisfaction conversation rather than celebrating growth.' })
  satisfactionConversationSuggested(@Parent() role: RoleSummary, @Context() context: GraphqlContext): Promise<boolean> {
    return first(this.levels.satisfactionConversationsSuggested([role], context));
  }

  @ResolveField(() => Boolean, { description: 'For the manager: shared (again) since you last opened it. Always false for the report.' })
  unread(@Parent() role: RoleSummary, @Context() context: GraphqlContext): Promise<boolean> {
    return first(this.unreadOf([role], context));
  }

  private async unreadOf(roles: readonly RoleSummary[], context: GraphqlContext): Promise<boolean[]> {
    const asManager = (role: RoleSummary) => role.viewerRelation === RoleRelation.MANAGER && role.sharedAt !== null;
    const opened = await loadAll(this.roles.of(context).viewerLastOpenedByRoleId, roles.map((role) => (asManager(role) ? role.id : null)));
    return roles.map((role, i) => asManager(role) && (opened[i] === null || opened[i]!.getTime() < role.sharedAt!.getTime()));
  }
}

@Resolver(() => RoleComment)
export class RoleCommentFieldsResolver {
  constructor(private readonly people: PeopleLoaders) {}

  @ResolveField(() => Person, { nullable: true, description: 'Who wrote it.' })
  async author(@Parent() comment: RoleComment, @Context() context: GraphqlContext): Promise<Person | null> {
    return this.people.of(context).personById.load(comment.authorId);
  }
}
