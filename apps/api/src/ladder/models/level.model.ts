import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LevelEntity } from '../level.entity';

export enum TrackEnum {
  IC = 'IC',
  MANAGER = 'MANAGER',
}

registerEnumType(TrackEnum, {
  name: 'Track',
  description: 'Career track of a level; moving between them is a track change.',
  valuesMap: { IC: { description: 'Individual contributor.' }, MANAGER: { description: 'People manager.' } },
});

@ObjectType({ description: 'A rung of the organization’s level ladder.' })
export class Level {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: string;

  @Field({ description: 'Short unique key, e.g. IC3.' })
  key!: string;

  @Field({ description: 'Display name, e.g. Senior.' })
  name!: string;

  @Field(() => TrackEnum, { description: 'IC or manager track.' })
  track!: TrackEnum;

  @Field(() => Int, { description: 'Position on one scale shared by both tracks; higher is more senior.' })
  rank!: number;

  @Field(() => [String], { description: 'Title words that point at this level (lower case); the longest match in a title wins.' })
  keywords!: string[];

  static from(entity: LevelEntity): Level {
    return Object.assign(new Level(), {
      id: entity.id,
      key: entity.key,
      name: entity.name,
      track: entity.track as TrackEnum,
      rank: entity.rank,
      keywords: entity.keywords,
    });
  }
}
