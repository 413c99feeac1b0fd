import { Injectable } from '@nestjs/common';
import { isTrackChange, stretchTag } from '@onward/domain';
import type { GraphqlContext } from '../common/graphql/graphql-context';
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

/** Level, stretch and owner of a role from batched loads; shared by the detail and summary types. */
@Injectable()
export class RoleLevelReader {
  constructor(
    private readonly people: PeopleLoaders,
    private readonly ladder: LadderLoaders,
  ) {}

  async owner(role: RoleShape, context: GraphqlContext): Promise<Person | null> {
    const owner = await this.people.of(context).personById.load(role.ownerId);
    return owner ? Person.from(owner) : null;
  }

  async level(role: RoleShape, context: GraphqlContext): Promise<Level | null> {
    const level = role.levelId ? await this.ladder.of(context).levelById.load(role.levelId) : null;
    return level ? Level.from(level) : null;
  }

  async stretch(role: RoleShape, context: GraphqlContext): Promise<StretchTagEnum> {
    const { roleLevel, ownerLevel } = await this.levels(role, context);
    return stretchTag(roleLevel?.rank, ownerLevel?.rank) as StretchTagEnum;
  }

  async trackChange(role: RoleShape, context: GraphqlContext): Promise<boolean> {
    const { roleLevel, ownerLevel } = await this.levels(role, context);
    return isTrackChange(roleLevel?.track, ownerLevel?.track);
  }

  /** A shared same-level role: worth a satisfaction conversation rather than celebrating growth. */
  async satisfactionConversationSuggested(role: RoleShape, context: GraphqlContext): Promise<boolean> {
    return role.isShared && (await this.stretch(role, context)) === StretchTagEnum.SAME_LEVEL;
  }

  private async levels(role: RoleShape, context: GraphqlContext) {
    const levels = this.ladder.of(context).levelById;
    const owner = await this.people.of(context).personById.load(role.ownerId);
    const [roleLevel, ownerLevel] = await Promise.all([role.levelId ? levels.load(role.levelId) : null, owner?.levelId ? levels.load(owner.levelId) : null]);
    return { roleLevel, ownerLevel };
  }
}
