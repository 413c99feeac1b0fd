import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, Max, Min } from 'class-validator';
import { OutsidePerspectiveScope } from '../models/outside-perspective-scope';

@ArgsType()
export class OutsidePerspectiveArgs {
  @Field(() => Int, { nullable: true, description: 'Only debriefs of the last this many months (1 to 120); every debrief when left out.' })
  @IsOptional() @IsInt() @Min(1) @Max(120)
  months?: number | null;

  @Field(() => OutsidePerspectiveScope, {
    nullable: true,
    defaultValue: OutsidePerspectiveScope.TEAM,
    description: 'Whose debriefs: TEAM (your direct reports, the default) or SUBTREE (everyone under you; an admin: the whole organization).',
  })
  @IsOptional() @IsEnum(OutsidePerspectiveScope)
  scope?: OutsidePerspectiveScope | null;
}
