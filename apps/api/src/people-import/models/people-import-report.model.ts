import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum ImportOutcome {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  UNCHANGED = 'UNCHANGED',
  REJECTED = 'REJECTED',
}

registerEnumType(ImportOutcome, {
  name: 'ImportOutcome',
  description: 'What an import does, or would do, with one row.',
  valuesMap: {
    CREATED: { description: 'A new person, invited but without a password yet.' },
    UPDATED: { description: 'An existing person whose name, title, level or manager changes.' },
    UNCHANGED: { description: 'An existing person the row already describes.' },
    REJECTED: { description: 'A row with problems; while any row is rejected nothing is written.' },
  },
});

@ObjectType({ description: 'One row of an imported CSV and what became of it.' })
export class PeopleImportRow {
  @Field(() => Int, { description: 'Line in the file, counting the header as line 1.' })
  line!: number;

  @Field({ description: 'Email as written in the row.' })
  email!: string;

  @Field({ description: 'Name as written in the row.' })
  name!: string;

  @Field(() => ImportOutcome, { description: 'What happens to this row.' })
  outcome!: ImportOutcome;

  @Field(() => [String], { description: 'Why it was rejected, or what changed.' })
  messages!: string[];
}

@ObjectType({ description: 'The result of an org-chart import. All or nothing: `applied` is false when any row was rejected.' })
export class PeopleImportReport {
  @Field({ description: 'Whether the changes were written.' })
  applied!: boolean;

  @Field({ description: 'Whether this was a dry run.' })
  dryRun!: boolean;

  @Field(() => Int, { description: 'Rows that create a person.' })
  created!: number;

  @Field(() => Int, { description: 'Rows that change a person.' })
  updated!: number;

  @Field(() => Int, { description: 'Rows that change nothing.' })
  unchanged!: number;

  @Field(() => Int, { description: 'Rows with problems.' })
  rejected!: number;

  @Field(() => [PeopleImportRow], { description: 'Every row, in file order.' })
  rows!: PeopleImportRow[];
}
