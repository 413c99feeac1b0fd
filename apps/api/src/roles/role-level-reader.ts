import { Injectable } from '@nestjs/common';
import { isTrackChange, stretchTag } from '@onward/domain';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { loadAll } from '../common/graphql/request-loaders';
import type { LevelEntity } from '../ladder/level.entity';
import { LadderLoaders } from '../ladder/ladder-loaders';
import { Level } from '../ladder/models/level.model';
import { Person } from '../people/models/person.model';
import { PeopleLoaders } from '../people/people-loaders';
import { StretchTagEnum } from './models/role-enums.graphql';

/** What a role is and who keeps it, as the role's detail and its summary both show it. */
export interface RoleShape {
  ownerId: string;
  levelId: string | null;
  isShared: boolean;
}

interface RoleLevels {
  owner: Person | null;
  roleLevel: LevelEntity | null;
  ownerLevel: LevelEntity | null;
}

/**
 * Level, stretch and owner of roles from batched loads; shared by the detail and summary types.
 * Each answers for a whole list at once (the field batches of a page of roles) and one role is
 * the list of one, so a role reads the same wherever it is shown.
 */
@Injectable()
export class RoleLevelReader {
  constructor(
    private readonly people: PeopleLoaders,
    private readonly ladder: LadderLoaders,
  ) {}

  owners(roles: readonly RoleShape[], context: GraphqlContext): Promise<(Person | null)[]> {
    return loadAll(this.people.of(context).personById, roles.map((role) => role.ownerId));
  }

  async levels(roles: readonly RoleShape[], context: GraphqlContext): Promise<(Level | null)[]> {
    const levels = await loadAll(this.ladder.of(context).levelById, roles.map((role) => role.levelId));
    return levels.map((level) => (level ? Level.from(level) : null));
  }

  async stretches(roles: readonly RoleShape[], context: GraphqlContext): Promise<StretchTagEnum[]> {
    return (await this.roleLevels(roles, context)).map(({ roleLevel, ownerLevel }) => stretchTag(roleLevel?.rank, ownerLevel?.rank) as StretchTagEnum);
  }

  async trackChanges(roles: readonly RoleShape[], context: GraphqlContext): Promise<boolean[]> {
    return (await this.roleLevels(roles, context)).map(({ roleLevel, ownerLevel }) => isTrackChange(roleLevel?.track, ownerLevel?.track));
  }

  /** A shared same-level role: worth a satisfaction conversation rather than celebrating growth. */
  async satisfactionConversationsSuggested(roles: readonly RoleShape[], context: GraphqlContext): Promise<boolean[]> {
    const stretches = await this.stretches(roles, context);
    return roles.map((role, i) => role.isShared && stretches[i] === StretchTagEnum.SAME_LEVEL);
  }

  private async roleLevels(roles: readonly RoleShape[], context: GraphqlContext): Promise<RoleLevels[]> {
    const levels = this.ladder.of(context).levelById;
    const owners = await this.owners(roles, context);
    const [roleLevels, ownerLevels] = await Promise.all([
      loadAll(levels, roles.map((role) => role.levelId)),
      loadAll(levels, owners.map((owner) => owner?.levelId ?? null)),
    ]);
    return roles.map((_, i) => ({ owner: owners[i], roleLevel: roleLevels[i], ownerLevel: ownerLevels[i] }));
  }
}
