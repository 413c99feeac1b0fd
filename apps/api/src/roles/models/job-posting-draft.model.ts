import { Field, ObjectType } from '@nestjs/graphql';
import { SalaryRange } from './interesting-role.model';

@ObjectType({ description: 'Fields read from a pasted job posting, to review before saving. Nothing is saved.' })
export class JobPostingDraft {
  @Field({ description: 'Where the fields came from: JSON_LD, OPEN_GRAPH or PLAIN_TEXT.' }) source!: string;
  @Field(() => String, { nullable: true, description: 'Job title.' }) title!: string | null;
  @Field(() => String, { nullable: true, description: 'Hiring company.' }) company!: string | null;
  @Field(() => String, { nullable: true, description: 'Location.' }) location!: string | null;
  @Field({ description: 'Whether the posting says it can be remote.' }) remote!: boolean;
  @Field(() => String, { nullable: true, description: 'Description as clean text.' }) description!: string | null;
  @Field(() => String, { nullable: true, description: 'Link to the posting.' }) url!: string | null;
  @Field(() => SalaryRange, { nullable: true, description: 'Salary range.' }) salary!: SalaryRange | null;
  @Field(() => [String], { description: 'Employment types.' }) employmentTypes!: string[];
  @Field(() => String, { nullable: true, description: 'Date posted.' }) datePosted!: string | null;
  @Field(() => String, { nullable: true, description: 'Open until.' }) validThrough!: string | null;
  @Field(() => [String], { description: 'Names of the fields that were found.' }) fieldsFound!: string[];
  @Field(() => [String], { description: 'Things worth knowing, e.g. a broken JSON-LD block that was skipped.' }) warnings!: string[];
  @Field(() => String, { nullable: true, description: 'The level the title suggests on this organization’s ladder.' }) suggestedLevelKey!: string | null;
}
