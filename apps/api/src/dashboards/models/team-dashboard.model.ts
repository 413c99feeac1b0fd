import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Person } from '../../people/models/person.model';
import { PracticeStatus } from '../../practice/models/practice-status.model';
import type { Figure } from './figures.model';
import { PeopleCount, PeopleMeasure, StretchBreakdown } from './figures.model';

@ObjectType({ description: 'How much of the team the interview-practice cadence covers on a day.' })
export class TeamCoverage {
  @Field({ description: 'The day it is measured on (YYYY-MM-DD): a past quarter’s last day, or today.' }) asOf!: string;
  @Field(() => PeopleCount, { description: 'Reports on the team that day: your direct reports of today who had joined by then.' }) team!: Figure;
  @Field(() => PeopleCount, { description: 'Of them, those covered by the cadence that day.' }) covered!: Figure;
  @Field(() => PeopleMeasure, { nullable: true, description: 'The share covered, 0 to 1; null when nobody was on the team yet.' }) share!: Figure | null;
}

@ObjectType({ description: 'What happened with the team over a span of days: only what reports share with you and what you may see of their records.' })
export class TeamActivity {
  @Field({ description: 'First day counted (YYYY-MM-DD).' }) startsOn!: string;
  @Field({ description: 'Last day counted (YYYY-MM-DD); never after today.' }) endsOn!: string;
  @Field(() => StretchBreakdown, { description: 'Roles your reports share with you, by the day they were (last) shared, by stretch tag against each report’s current level. The SAME_LEVEL part is the same-level flags.' })
  rolesShared!: StretchBreakdown;
  @Field(() => PeopleCount, { description: 'Interviews on those shared roles, by interview day.' }) interviews!: Figure;
  @Field(() => PeopleCount, { description: 'Debriefs held.' }) debriefsHeld!: Figure;
  @Field(() => PeopleMeasure, {
    nullable: true,
    description: 'Median days from an interview to the debrief about it (from the latest interview on the role before the debrief); null when no debrief followed an interview.',
  })
  medianDaysToDebrief!: Figure | null;
  @Field(() => PeopleCount, { description: 'Satisfaction conversations held.' }) satisfactionConversations!: Figure;
}

@ObjectType({ description: 'One calendar quarter of the team’s time series, in the organization’s time zone.' })
export class TeamQuarter {
  @Field({ description: 'The quarter, e.g. "2026-Q3".' }) quarter!: string;
  @Field({ description: 'Whether it is the current quarter, counted up to today.' }) current!: boolean;
  @Field(() => TeamCoverage, { description: 'Coverage on its last day (today for the current quarter).' }) coverage!: TeamCoverage;
  @Field(() => TeamActivity, { description: 'What happened in it.' }) activity!: TeamActivity;
}

@ObjectType({ description: 'One direct report on the team dashboard: only what you could open about them one by one.' })
export class TeamDashboardReport {
  @Field(() => Person, { description: 'The report.' }) person!: Person;
  @Field(() => PracticeStatus, { description: 'Their practice cadence as you see it; `dueOn` is their next due day.' }) practice!: PracticeStatus;
  @Field(() => Int, { description: 'Roles they share with you now.' }) rolesShared!: number;
  @Field(() => Int, { description: 'Shared roles whose latest interview day is over with no debrief since.' }) debriefsPending!: number;
  @Field(() => Int, { description: 'Shared same-level roles still waiting for a satisfaction conversation.' }) satisfactionTalksSuggested!: number;
  @Field(() => Int, { description: 'Open action items on records you may see.' }) openActionItems!: number;
  @Field(() => Int, { description: 'Of them, past their due day.' }) overdueActionItems!: number;
}

@ObjectType({ description: 'A manager’s dashboard over their direct reports, now and by quarter.' })
export class TeamDashboard {
  @Field({ description: 'Today in the organization’s time zone (YYYY-MM-DD): the day the figures are as of.' }) asOf!: string;
  @Field({ description: 'The organization’s time zone, in which quarters and days are read.' }) timeZone!: string;
  @Field(() => TeamCoverage, { description: 'Coverage today.' }) coverage!: TeamCoverage;
  @Field(() => PeopleCount, { description: 'Shared roles whose latest interview day is over with no debrief since.' }) debriefsPending!: Figure;
  @Field(() => PeopleCount, { description: 'Shared same-level roles still waiting for a satisfaction conversation (the same-level flags open now).' })
  satisfactionTalksSuggested!: Figure;
  @Field(() => PeopleCount, { description: 'Open action items.' }) openActionItems!: Figure;
  @Field(() => PeopleCount, { description: 'Open action items past their due day.' }) overdueActionItems!: Figure;
  @Field(() => TeamActivity, { description: 'The last twelve months up to today.' }) lastTwelveMonths!: TeamActivity;
  @Field(() => [TeamQuarter], { description: 'The last eight calendar quarters, oldest first; the last is the current one.' }) quarters!: TeamQuarter[];
  @Field(() => [TeamDashboardReport], { description: 'Each direct report, by name.' }) reports!: TeamDashboardReport[];
}
