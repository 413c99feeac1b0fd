import { Field, ObjectType } from '@nestjs/graphql';
import { JobPostingSource, PostingWorkplace } from '../role-enums';
import { SalaryRange } from './interesting-role.model';
import './role-enums.graphql';

@ObjectType({ description: 'Fields read from a pasted job posting, to review before saving. Nothing is saved.' })
export class JobPostingDraft {
  @Field(() => JobPostingSource, { description: 'Where the fields came from.' }) source!: JobPostingSource;
  @Field(() => String, { nullable: true, description: 'Job title.' }) title!: string | null;
  @Field(() => String, { nullable: true, description: 'Hiring company.' }) company!: string | null;
  @Field(() => String, { nullable: true, description: 'Location.' }) location!: string | null;
  @Field({ description: 'Whether the posting says it is fully remote.' }) remote!: boolean;
  @Field(() => PostingWorkplace, {
    nullable: true,
    description: 'What the posting says about remote work; null when it says nothing. A role keeps only `remote` and its location.',
  })
  workplace!: PostingWorkplace | null;
  @Field(() => String, { nullable: true, description: 'Description as clean text.' }) description!: string | null;
  @Field(() => String, { nullable: true, description: 'Link to the posting.' }) url!: string | null;
  @Field(() => SalaryRange, { nullable: true, description: 'Salary range.' }) salary!: SalaryRange | null;
  @Field(() => [String], { description: 'Employment types: schema.org values (FULL_TIME, CONTRACTOR…), and PERMANENT for a permanent contract.' })
  employmentTypes!: string[];
  @Field(() => String, { nullable: true, description: 'Date posted.' }) datePosted!: string | null;
  @Field(() => String, { nullable: true, description: 'Open until.' }) validThrough!: string | null;
  @Field(() => [String], { description: 'Names of the fields that were found.' }) fieldsFound!: string[];
  @Field(() => [String], { description: 'Things worth knowing, e.g. a broken JSON-LD block that was skipped, or that only the page’s headings could be read.' })
  warnings!: string[];
  @Field(() => String, { nullable: true, description: 'The level the title suggests on this organization’s ladder.' }) suggestedLevelKey!: string | null;
}
