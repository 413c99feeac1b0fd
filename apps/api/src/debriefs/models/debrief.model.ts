import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { InterviewKind, RoleOutcome } from '../../roles/role-enums';
import { DebriefEntity } from '../debrief.entity';

@ObjectType({ description: 'Candidate-experience ratings, 1 (poor) to 5 (great).' })
export class CandidateExperience {
  @Field(() => Int, { nullable: true, description: 'Interviews started on time.' }) startedOnTime!: number | null;
  @Field(() => Int, { nullable: true, description: 'The role was clearly explained.' }) roleClearlyExplained!: number | null;
  @Field(() => Int, { nullable: true, description: 'Interviewers were prepared.' }) interviewersPrepared!: number | null;
  @Field(() => Int, { nullable: true, description: 'They were treated with respect.' }) treatedWithRespect!: number | null;
  @Field(() => Int, { nullable: true, description: 'The interviews were challenging.' }) challenging!: number | null;
}

@ObjectType({ description: 'A debrief after an outside interview: honest signal on level and on how others interview.' })
export class Debrief {
  @Field(() => ID, { description: 'Stable identifier.' }) id!: string;
  @Field({ description: 'The day it was held (YYYY-MM-DD).' }) heldOn!: string;
  @Field(() => String, { nullable: true, description: 'What went well.' }) wentWell!: string | null;
  @Field(() => String, { nullable: true, description: 'What could have gone better.' }) couldBeBetter!: string | null;
  @Field(() => String, { nullable: true, description: 'What the other company said.' }) thirdPartyFeedback!: string | null;
  @Field(() => String, { nullable: true, description: 'The other company’s own word for the level they assessed.' }) assessedLevelLabel!: string | null;
  @Field(() => RoleOutcome, { nullable: true, description: 'Where the process ended up.' }) outcome!: RoleOutcome | null;
  @Field(() => [InterviewKind], { description: 'The other company’s stages, in order.' }) stages!: InterviewKind[];
  @Field(() => Int, { nullable: true, description: 'How many stages their process has.' }) stageCount!: number | null;
  @Field(() => [String], { description: 'Themes of their process.' }) themes!: string[];
  @Field(() => CandidateExperience, { description: 'Candidate-experience ratings.' }) ratings!: CandidateExperience;
  @Field(() => GraphQLISODateTime, { description: 'When it was written.' }) createdAt!: Date;
  @Field(() => GraphQLISODateTime, { description: 'When it last changed.' }) updatedAt!: Date;
  reportId!: string;
  heldById!: string;
  roleId!: string | null;
  assessedLevelId!: string | null;

  static from(entity: DebriefEntity): Debrief {
    return Object.assign(new Debrief(), {
      id: entity.id,
      heldOn: entity.heldOn,
      wentWell: entity.wentWell,
      couldBeBetter: entity.couldBeBetter,
      thirdPartyFeedback: entity.thirdPartyFeedback,
      assessedLevelLabel: entity.assessedLevelLabel,
      outcome: entity.outcome as RoleOutcome | null,
      stages: entity.stages as InterviewKind[],
      stageCount: entity.stageCount,
      themes: entity.themes,
      ratings: {
        startedOnTime: entity.ratingStartedOnTime,
        roleClearlyExplained: entity.ratingRoleClearlyExplained,
        interviewersPrepared: entity.ratingInterviewersPrepared,
        treatedWithRespect: entity.ratingTreatedWithRespect,
        challenging: entity.ratingChallenging,
      },
      createdAt: entity.createdAt,
      updatedAt: entity.updatedAt,
      reportId: entity.reportId,
      heldById: entity.heldById,
      roleId: entity.roleId,
      assessedLevelId: entity.assessedLevelId,
    });
  }
}
