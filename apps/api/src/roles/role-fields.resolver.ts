import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { isTrackChange, stretchTag } from '@onward/domain';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { Level } from '../ladder/models/level.model';
import { Person } from '../people/models/person.model';
import { PersonEntity } from '../people/person.entity';
import { InterestingRole } from './models/interesting-role.model';
import { RoleComment, RoleInterview, RoleView } from './models/role-activity.model';
import { RoleRelation, StretchTagEnum } from './models/role-enums.graphql';

/**
 * Fields of a role that load related rows. The role itself already passed the access check, so
 * these only batch-load (one statement per kind per request, whatever the number of roles).
 */
@Resolver(() => InterestingRole)
export class RoleFieldsResolver {
  @ResolveField(() => Person, { nullable: true, description: 'The report who keeps the role.' })
  async owner(@Parent() role: InterestingRole, @Context() { loaders }: GraphqlContext): Promise<Person | null> {
    const owner = await loaders.personById.load(role.ownerId);
    return owner ? Person.from(owner) : null;
  }

  @ResolveField(() => Level, { nullable: true, description: 'The role’s level on the ladder (see levelSource).' })
  async level(@Parent() role: InterestingRole, @Context() { loaders }: GraphqlContext): Promise<Level | null> {
    const level = role.levelId ? await loaders.levelById.load(role.levelId) : null;
    return level ? Level.from(level) : null;
  }

  @ResolveField(() => Person, { nullable: true, description: 'Who set the level, when a person did.' })
  async levelSetBy(@Parent() role: InterestingRole, @Context() { loaders }: GraphqlContext): Promise<Person | null> {
    const person = role.levelSetById ? await loaders.personById.load(role.levelSetById) : null;
    return person ? Person.from(person) : null;
  }

  @ResolveField(() => StretchTagEnum, { description: 'The role’s level against the report’s current level; follows promotions.' })
  async stretch(@Parent() role: InterestingRole, @Context() context: GraphqlContext): Promise<StretchTagEnum> {
    const { roleLevel, ownerLevel } = await this.levels(role, context);
    return stretchTag(roleLevel?.rank, ownerLevel?.rank) as StretchTagEnum;
  }

  @ResolveField(() => Boolean, { description: 'The role is on the other track (IC ↔ management) from the report’s level.' })
  async trackChange(@Parent() role: InterestingRole, @Context() context: GraphqlContext): Promise<boolean> {
    const { roleLevel, ownerLevel } = await this.levels(role, context);
    return isTrackChange(roleLevel?.track, ownerLevel?.track);
  }

  @ResolveField(() => Boolean, { description: 'A shared same-level role: consider a satisfaction conversation rather than celebrating growth.' })
  async satisfactionConversationSuggested(@Parent() role: InterestingRole, @Context() context: GraphqlContext): Promise<boolean> {
    return role.isShared && (await this.stretch(role, context)) === StretchTagEnum.SAME_LEVEL;
  }

  @ResolveField(() => [RoleInterview], { description: 'Interviews, earliest first.' })
  async interviews(@Parent() role: InterestingRole, @Context() { loaders }: GraphqlContext): Promise<RoleInterview[]> {
    return (await loaders.interviewsByRoleId.load(role.id)).map(RoleInterview.from);
  }

  @ResolveField(() => [RoleComment], { description: 'The thread between the report and their manager, oldest first.' })
  async comments(@Parent() role: InterestingRole, @Context() { loaders }: GraphqlContext): Promise<RoleComment[]> {
    return (await loaders.commentsByRoleId.load(role.id)).map(RoleComment.from);
  }

  @ResolveField(() => [RoleView], { nullable: true, description: 'Who else read the role and when, newest first; only its owner sees this.' })
  async views(@Parent() role: InterestingRole, @Context() { loaders }: GraphqlContext): Promise<RoleView[] | null> {
    if (role.viewerRelation !== RoleRelation.OWNER) return null;
    const views = await loaders.viewsByRoleId.load(role.id);
    const people = await loaders.personById.loadMany([...new Set(views.map((v) => v.viewerId))]);
    const byId = new Map(people.filter((p): p is PersonEntity => !!p && !(p instanceof Error)).map((p) => [p.id, p]));
    return views.map((v) => Object.assign(new RoleView(), { viewedAt: v.viewedAt, viewer: byId.has(v.viewerId) ? Person.from(byId.get(v.viewerId)!) : null }));
  }

  private async levels(role: InterestingRole, { loaders }: GraphqlContext) {
    const owner = await loaders.personById.load(role.ownerId);
    const [roleLevel, ownerLevel] = await Promise.all([
      role.levelId ? loaders.levelById.load(role.levelId) : null,
      owner?.levelId ? loaders.levelById.load(owner.levelId) : null,
    ]);
    return { roleLevel, ownerLevel };
  }
}

@Resolver(() => RoleComment)
export class RoleCommentFieldsResolver {
  @ResolveField(() => Person, { nullable: true, description: 'Who wrote it.' })
  async author(@Parent() comment: RoleComment, @Context() { loaders }: GraphqlContext): Promise<Person | null> {
    const author = await loaders.personById.load(comment.authorId);
    return author ? Person.from(author) : null;
  }
}
