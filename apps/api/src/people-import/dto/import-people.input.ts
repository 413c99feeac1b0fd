import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsString, Length } from 'class-validator';

/**
 * Room for the most people one file may hold (libs/domain's MAX_PEOPLE_ROWS, 10,000) at up to 200
 * characters a row. As JSON it stays inside the 8 MB request body limit (bootstrap.ts) unless the
 * text is mostly characters that take several bytes, which that limit then refuses on its own.
 */
const MAX_CSV_CHARACTERS = 2_000_000;

@InputType({ description: 'An org chart as CSV: a header naming the columns email, name, title, level and manager email.' })
export class ImportPeopleInput {
  @Field({ description: 'The CSV text (at most 2,000,000 characters and 10,000 people).' })
  @IsString()
  @Length(1, MAX_CSV_CHARACTERS, { message: 'csv must be between 1 and 2,000,000 characters' })
  csv!: string;

  @Field(() => Boolean, { defaultValue: false, description: 'Only report what would happen; write nothing.' })
  @IsBoolean()
  dryRun = false;
}
