import { Field, Float, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { saysNothingWouldMakeMeMove } from '@onward/domain';
import { InterestingRoleEntity } from '../interesting-role.entity';
import { LevelSource, RoleOutcome, RoleSource } from '../role-enums';
import { RoleRelation } from './role-enums.graphql';

@ObjectType({ description: 'A salary range as the posting stated it.' })
export class SalaryRange {
  @Field(() => Float, { nullable: true, description: 'Lower bound.' }) min!: number | null;
  @Field(() => Float, { nullable: true, description: 'Upper bound.' }) max!: number | null;
  @Field(() => String, { nullable: true, description: 'ISO 4217 currency, e.g. EUR.' }) currency!: string | null;
  @Field(() => String, { nullable: true, description: 'Period, e.g. YEAR or HOUR.' }) unit!: string | null;
}

@ObjectType({ description: 'The report’s preparation for a conversation with the other company.' })
export class PrepChecklist {
  @Field({ description: 'Told them up front that I am not actively looking.' }) toldNotLooking!: boolean;
  @Field(() => String, { nullable: true, description: 'My why: what about this role interests me.' }) myWhy!: string | null;
  @Field(() => String, { nullable: true, description: 'Why they reached out to me.' }) whyTheyReachedOut!: string | null;
  @Field({ description: 'The job description was received.' }) jobDescriptionReceived!: boolean;
  @Field(() => String, {
    nullable: true,
    description: 'What would it take for me to move. Null for anyone but the report unless they chose to share it.',
  })
  whatWouldItTake!: string | null;
  @Field({ description: 'Whether the report shares "what would it take" with their manager.' }) whatWouldItTakeShared!: boolean;
  @Field({ description: 'The answer says nothing would make them move: worth a warning, not an interview.' }) nothingWouldMakeMeMove!: boolean;
}

@ObjectType({ description: 'An outside role a report keeps; private until they share it with their manager.' })
export class InterestingRole {
  @Field(() => ID, { description: 'Stable identifier.' }) id!: string;
  @Field({ description: 'Job title as posted.' }) title!: string;
  @Field(() => String, { nullable: true, description: 'Hiring company.' }) company!: string | null;
  @Field(() => String, { nullable: true, description: 'Link to the posting.' }) url!: string | null;
  @Field(() => String, { nullable: true, description: 'Where the job is.' }) location!: string | null;
  @Field({ description: 'Whether it can be done remotely.' }) remote!: boolean;
  @Field(() => String, { nullable: true, description: 'Description as plain text.' }) description!: string | null;
  @Field(() => RoleSource, { description: 'How it came.' }) source!: RoleSource;
  @Field(() => [String], { description: 'Employment types as posted, e.g. FULL_TIME.' }) employmentTypes!: string[];
  @Field(() => SalaryRange, { nullable: true, description: 'Salary range, when the posting gave one.' }) salary!: SalaryRange | null;
  @Field(() => String, { nullable: true, description: 'When it was posted, as the posting says.' }) datePosted!: string | null;
  @Field(() => String, { nullable: true, description: 'Until when it is open, as the posting says.' }) validThrough!: string | null;
  @Field(() => LevelSource, { description: 'Whether the level was inferred from the title or set by a person.' }) levelSource!: LevelSource;
  @Field(() => String, { nullable: true, description: 'HIGH when a title keyword matched, LOW for the no-keyword fallback; null when set by a person.' })
  levelConfidence!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When a person set the level.' }) levelSetAt!: Date | null;
  @Field(() => PrepChecklist, { description: 'The prep checklist.' }) checklist!: PrepChecklist;
  @Field(() => RoleOutcome, { description: 'Where the report stands with it.' }) outcome!: RoleOutcome;
  @Field({ description: 'Whether it is shared with the report’s current manager.' }) isShared!: boolean;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was last shared.' }) sharedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'The message the report shared it with.' }) shareMessage!: string | null;
  @Field(() => RoleRelation, { description: 'Why the viewer can see it.' }) viewerRelation!: RoleRelation;
  @Field(() => GraphQLISODateTime, { description: 'When it was added.' }) createdAt!: Date;
  @Field(() => GraphQLISODateTime, { description: 'When it last changed.' }) updatedAt!: Date;

  organizationId!: string;
  ownerId!: string;
  levelId!: string | null;
  levelSetById!: string | null;

  /** The one place a role becomes what a viewer sees: the private answer stays with its owner. */
  static from(entity: InterestingRoleEntity, relation: RoleRelation): InterestingRole {
    const isOwner = relation === RoleRelation.OWNER;
    const revealAnswer = isOwner || entity.whatWouldItTakeShared;
    const hasSalary = entity.salaryMin !== null || entity.salaryMax !== null;
    return Object.assign(new InterestingRole(), {
      id: entity.id,
      title: entity.title,
      company: entity.company,
      url: entity.url,
      location: entity.location,
      remote: entity.remote,
      description: entity.description,
      source: entity.source,
      employmentTypes: entity.employmentTypes,
      salary: hasSalary ? { min: entity.salaryMin, max: entity.salaryMax, currency: entity.salaryCurrency, unit: entity.salaryUnit } : null,
      datePosted: entity.datePosted,
      validThrough: entity.validThrough,
      levelSource: entity.levelSource,
      levelConfidence: entity.levelSource === LevelSource.INFERRED ? entity.levelConfidence : null,
      levelSetAt: entity.levelSetAt,
      checklist: {
        toldNotLooking: entity.toldNotLooking,
        myWhy: entity.myWhy,
        whyTheyReachedOut: entity.whyTheyReachedOut,
        jobDescriptionReceived: entity.jobDescriptionReceived,
        whatWouldItTake: revealAnswer ? entity.whatWouldItTake : null,
        whatWouldItTakeShared: entity.whatWouldItTakeShared,
        nothingWouldMakeMeMove: revealAnswer && saysNothingWouldMakeMeMove(entity.whatWouldItTake),
      },
      outcome: entity.outcome,
      isShared: entity.sharedAt !== null,
      sharedAt: entity.sharedAt,
      shareMessage: entity.sharedAt ? entity.shareMessage : null,
      viewerRelation: relation,
      createdAt: entity.createdAt,
      updatedAt: entity.updatedAt,
      organizationId: entity.organizationId,
      ownerId: entity.ownerId,
      levelId: entity.levelId,
      levelSetById: entity.levelSetById,
    });
  }
}
