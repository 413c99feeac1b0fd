import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsString, Length } from 'class-validator';

@InputType({ description: 'An org chart as CSV: a header naming the columns email, name, title, level and manager email.' })
export class ImportPeopleInput {
  @Field({ description: 'The CSV text (at most 1 MB and 5,000 people).' })
  @IsString()
  @Length(1, 1_000_000, { message: 'csv must be between 1 character and 1 MB' })
  csv!: string;

  @Field(() => Boolean, { defaultValue: false, description: 'Only report what would happen; write nothing.' })
  @IsBoolean()
  dryRun = false;
}
