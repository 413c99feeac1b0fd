import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { MAX_PAGE_SIZE } from '../../common/graphql/connection';
import { StretchTagEnum } from '../models/role-enums.graphql';

@ArgsType()
export class RolesPageArgs {
  @Field(() => Int, { defaultValue: 50, description: `Page size, 1 to ${MAX_PAGE_SIZE}.` })
  @IsInt() @Min(1) @Max(MAX_PAGE_SIZE) first = 50;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item of the previous page.' })
  @IsOptional() @IsString() @MaxLength(500) after?: string;
}

@ArgsType()
export class SharedWithMeArgs extends RolesPageArgs {
  @Field(() => ID, { nullable: true, description: 'Only the roles this direct report shares.' })
  @IsOptional() @IsString() @MaxLength(100) ownerId?: string | null;

  @Field(() => StretchTagEnum, { nullable: true, description: 'Only the roles with this stretch tag, read against each report’s current level.' })
  @IsOptional() @IsEnum(StretchTagEnum) stretch?: StretchTagEnum | null;
}
