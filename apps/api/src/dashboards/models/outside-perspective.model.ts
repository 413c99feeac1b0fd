import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { InterviewKind } from '../../roles/role-enums';
import type { Figure } from './figures.model';
import { PeopleCount, PeopleMeasure, StretchBreakdown } from './figures.model';
import { OutsidePerspectiveScope } from './outside-perspective-scope';

export enum CandidateExperienceAspect {
  STARTED_ON_TIME = 'STARTED_ON_TIME',
  ROLE_CLEARLY_EXPLAINED = 'ROLE_CLEARLY_EXPLAINED',
  INTERVIEWERS_PREPARED = 'INTERVIEWERS_PREPARED',
  TREATED_WITH_RESPECT = 'TREATED_WITH_RESPECT',
  CHALLENGING = 'CHALLENGING',
}

registerEnumType(CandidateExperienceAspect, {
  name: 'CandidateExperienceAspect',
  description: 'One of the five candidate-experience ratings of a debrief.',
  valuesMap: {
    STARTED_ON_TIME: { description: 'Interviews started on time.' },
    ROLE_CLEARLY_EXPLAINED: { description: 'The role was clearly explained.' },
    INTERVIEWERS_PREPARED: { description: 'Interviewers were prepared.' },
    TREATED_WITH_RESPECT: { description: 'They were treated with respect.' },
    CHALLENGING: { description: 'The interviews were challenging.' },
  },
});

@ObjectType({ description: 'How often one kind of stage appears in other companies’ processes.' })
export class StageKindFigure {
  @Field(() => InterviewKind, { description: 'The kind of stage.' }) kind!: InterviewKind;
  @Field(() => PeopleCount, { description: 'Debriefs whose process includes it (once per debrief).' }) debriefs!: Figure;
}

@ObjectType({ description: 'A whole interview process, stage by stage, as debriefs recorded it.' })
export class ProcessFigure {
  @Field(() => [InterviewKind], { description: 'The stages, in order.' }) stages!: InterviewKind[];
  @Field(() => PeopleCount, { description: 'Debriefs that recorded exactly this process.' }) debriefs!: Figure;
}

@ObjectType({ description: 'How many processes had a given number of stages.' })
export class StageCountFigure {
  @Field(() => Int, { description: 'The number of stages.' }) stages!: number;
  @Field(() => PeopleCount, { description: 'Debriefs of a process with that many stages.' }) debriefs!: Figure;
}

@ObjectType({ description: 'A theme of other companies’ processes. Over a subtree, listed only when at least k different people’s debriefs noted it.' })
export class ThemeFigure {
  @Field({ description: 'The theme, in its most common spelling (themes are compared without case).' }) theme!: string;
  @Field(() => PeopleCount, { description: 'Debriefs that noted it.' }) debriefs!: Figure;
}

@ObjectType({ description: 'The average of one candidate-experience rating, 1 (poor) to 5 (great).' })
export class RatingFigure {
  @Field(() => CandidateExperienceAspect, { description: 'Which rating.' }) aspect!: CandidateExperienceAspect;
  @Field(() => PeopleMeasure, { nullable: true, description: 'The average; null when nobody gave this rating.' }) average!: Figure | null;
  @Field(() => PeopleCount, { description: 'How many debriefs gave it.' }) ratings!: Figure;
}

@ObjectType({ description: 'A company debriefs were about, named because enough different people debriefed about it.' })
export class CompanyFigure {
  @Field({ description: 'The company, in its most common spelling.' }) name!: string;
  @Field(() => PeopleCount, { description: 'Debriefs about it.' }) debriefs!: Figure;
  @Field(() => PeopleCount, { description: 'Different people those debriefs were with.' }) people!: Figure;
}

@ObjectType({ description: 'Companies too few people debriefed about to be named, together.' })
export class OtherCompaniesFigure {
  @Field(() => PeopleCount, { description: 'Debriefs about them.' }) debriefs!: Figure;
  @Field(() => PeopleCount, { description: 'Different people those debriefs were with, each counted once.' }) people!: Figure;
}

@ObjectType({ description: 'Which companies debriefs were about: a company is named only when at least `threshold` different people debriefed about it.' })
export class CompanyFigures {
  @Field(() => Int, { description: 'The anonymity threshold k of the organization.' }) threshold!: number;
  @Field(() => [CompanyFigure], { description: 'Named companies, most debriefs first.' }) named!: CompanyFigure[];
  @Field(() => OtherCompaniesFigure, { description: '"Other companies".' }) others!: OtherCompaniesFigure;
  @Field(() => PeopleCount, { description: 'Debriefs about no role the report shares now, so about no company known here.' }) unknown!: Figure;
}

@ObjectType({ description: 'What the team’s (or, for a leader or admin, the subtree’s) debriefs say about how other companies interview, aggregated.' })
export class OutsidePerspective {
  @Field(() => OutsidePerspectiveScope, { description: 'Whose debriefs these figures are over.' }) scope!: OutsidePerspectiveScope;
  @Field(() => [OutsidePerspectiveScope], { description: 'The scopes you may ask for: TEAM when you have direct reports, SUBTREE when you manage a manager or are an admin.' })
  scopes!: OutsidePerspectiveScope[];
  @Field(() => String, { nullable: true, description: 'First day of the debriefs counted (YYYY-MM-DD); null when every debrief counts.' }) since!: string | null;
  @Field(() => PeopleCount, { description: 'Debriefs counted.' }) debriefs!: Figure;
  @Field(() => PeopleCount, { description: 'Different people they were with.' }) people!: Figure;
  @Field(() => [StageKindFigure], { description: 'Kinds of stage, most seen first. Over a subtree, only those at least k different people met.' }) stageKinds!: StageKindFigure[];
  @Field(() => [ProcessFigure], { description: 'The most common whole processes (at most five), most seen first. Over a subtree, only those at least k different people went through.' }) processes!: ProcessFigure[];
  @Field(() => [StageCountFigure], { description: 'The distribution of the number of stages, fewest first. Over a subtree, only numbers at least k different people saw.' }) stageCounts!: StageCountFigure[];
  @Field(() => [ThemeFigure], { description: 'The most common themes (at most fifteen), most noted first. Over a subtree, only those at least k different people’s debriefs noted.' }) themes!: ThemeFigure[];
  @Field(() => [RatingFigure], { description: 'Average candidate-experience ratings, one per aspect in a fixed order.' }) candidateExperience!: RatingFigure[];
  @Field(() => StretchBreakdown, {
    description: 'The level the other company assessed against the report’s level here: STEP_UP means read above their level here, UNRATED not assessed (or a level unknown).',
  })
  levelReadings!: StretchBreakdown;
  @Field(() => CompanyFigures, { description: 'The companies the debriefs were about.' }) companies!: CompanyFigures;
}
