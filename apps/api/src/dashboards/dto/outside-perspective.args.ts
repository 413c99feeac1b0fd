import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

@ArgsType()
export class OutsidePerspectiveArgs {
  @Field(() => Int, { nullable: true, description: 'Only debriefs of the last this many months (1 to 120); every debrief when left out.' })
  @IsOptional() @IsInt() @Min(1) @Max(120)
  months?: number | null;
}
