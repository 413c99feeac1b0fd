import { Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsString, Length, Max, Min } from 'class-validator';
import { NotBlank } from '../../common/validation/not-blank.decorator';
import { IsTimeZone } from '../../common/validation/is-time-zone.decorator';
import { NotNullWhenGiven } from '../../common/validation/not-null-when-given.decorator';

@InputType({ description: 'Changes to the organization’s settings; omitted fields stay as they are.' })
export class UpdateOrganizationInput {
  @Field({ nullable: true, description: 'Display name.' })
  @NotNullWhenGiven()
  @IsString()
  @Length(1, 120)
  @NotBlank()
  name?: string;

  @Field(() => Int, { nullable: true, description: 'Months between practice conversations, 1 to 36.' })
  @NotNullWhenGiven()
  @IsInt()
  @Min(1)
  @Max(36)
  practiceCadenceMonths?: number;

  @Field(() => Int, { nullable: true, description: 'Anonymity threshold k, 3 to 100.' })
  @NotNullWhenGiven()
  @IsInt()
  @Min(3, { message: 'anonymityThreshold can never be below 3' })
  @Max(100)
  anonymityThreshold?: number;

  @Field({ nullable: true, description: 'An IANA time zone name, e.g. Europe/Berlin or America/New_York.' })
  @NotNullWhenGiven()
  @IsString()
  @IsTimeZone()
  timeZone?: string;
}
