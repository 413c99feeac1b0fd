import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { Figure } from '../models/figures.model';
import { PeopleCount } from '../models/figures.model';

@ObjectType({
  description:
    'People who shared a role, by its stretch tag against their level. Someone who shared two kinds counts in both: the parts need not add up to the whole. Fields rather than a list, so a whole dashboard stays cheap to ask for.',
})
export class OrgStretchCounts {
  @Field(() => PeopleCount, { description: 'A step up.' }) stepUp!: Figure;
  @Field(() => PeopleCount, { description: 'The same level (the same-level flags).' }) sameLevel!: Figure;
  @Field(() => PeopleCount, { description: 'A step down.' }) stepDown!: Figure;
  @Field(() => PeopleCount, { description: 'A role or a person without a level.' }) unrated!: Figure;
}

@ObjectType({ description: 'How many people of a group did something in one calendar quarter (org time zone). Each counts a person once, however often they did it.' })
export class OrgQuarter {
  @Field({ description: 'The quarter, e.g. "2026-Q3".' }) quarter!: string;
  @Field({ description: 'First day (YYYY-MM-DD).' }) startsOn!: string;
  @Field({ description: 'Last day counted (YYYY-MM-DD); today for the current quarter.' }) endsOn!: string;
  @Field({ description: 'Whether it is the current quarter, counted up to today.' }) current!: boolean;
  @Field(() => PeopleCount, {
    description: 'People of the group today who were covered by practice on its last day counted (an interview-practice conversation or a debrief within the cadence, by the records their manager may see).',
  })
  peopleCovered!: Figure;
  @Field(() => PeopleCount, { description: 'People who shared a role with their manager in it (by the day it was last shared).' }) peopleSharingRoles!: Figure;
  @Field(() => OrgStretchCounts, { description: 'Of them, by the stretch tag of a role they shared.' }) peopleSharingRolesByStretch!: OrgStretchCounts;
  @Field(() => PeopleCount, { description: 'People with an interview on a shared role in it.' }) peopleInterviewed!: Figure;
  @Field(() => PeopleCount, { description: 'People with a debrief held in it that their manager may see.' }) peopleDebriefed!: Figure;
  @Field(() => PeopleCount, { description: 'People with a satisfaction conversation held in it that their manager may see.' }) peopleInSatisfactionTalks!: Figure;
}

@ObjectType({ description: 'People counts over one group (a team, or everyone in view): never about one person.' })
export class OrgFigures {
  @Field(() => PeopleCount, { description: 'People in the group today.' }) people!: Figure;
  @Field(() => PeopleCount, {
    description: 'People covered by practice today: an interview-practice conversation or a debrief within the organization’s cadence, by the records their manager may see.',
  })
  peopleCovered!: Figure;
  @Field(() => PeopleCount, { description: 'People with a debrief pending: an interview on a shared role has passed with no debrief about that role since.' })
  peopleWithDebriefsPending!: Figure;
  @Field(() => PeopleCount, { description: 'People for whom a satisfaction talk is suggested: a same-level role shared with no satisfaction conversation in the 90 days before it, or since.' })
  peopleWithSatisfactionTalksSuggested!: Figure;
  @Field(() => PeopleCount, { description: 'People with open action items today.' }) peopleWithOpenActionItems!: Figure;
  @Field(() => PeopleCount, { description: 'People with open action items past their due day.' }) peopleWithOverdueActionItems!: Figure;
  @Field(() => [OrgQuarter], { description: 'The last eight calendar quarters, oldest first.' }) quarters!: OrgQuarter[];
}

@ObjectType({ description: 'A team: one manager’s direct reports of today (the manager is on their own manager’s team). Teams do not include the teams below them.' })
export class OrgTeam {
  @Field(() => ID, { description: 'The manager who leads it.' }) managerId!: string;
  @Field({ description: 'The manager’s name.' }) managerName!: string;
  @Field(() => ID, { nullable: true, description: 'The team this manager is on (their own manager), when that team is in view: how teams nest.' })
  parentManagerId!: string | null;
  @Field({ description: 'Whether it is your own team (your direct reports).' }) yours!: boolean;
  @Field(() => OrgFigures, { description: 'Its figures.' }) figures!: OrgFigures;
}

@ObjectType({ description: 'The org dashboard: people counts per team under you (an admin: the whole organization), each under the anonymity threshold rule.' })
export class OrgDashboard {
  @Field({ description: 'Today in the organization’s time zone (YYYY-MM-DD).' }) asOf!: string;
  @Field({ description: 'The organization’s time zone, in which quarters are read.' }) timeZone!: string;
  @Field(() => Int, { description: 'The anonymity threshold k: a figure over fewer people, or one that would let such a figure be worked out, is Suppressed.' })
  threshold!: number;
  @Field(() => [OrgTeam], { description: 'Every team in view, each only its manager’s direct reports; nested by parentManagerId.' }) teams!: OrgTeam[];
  @Field(() => OrgFigures, { description: 'Everyone on the teams in view: the sum of the teams.' }) total!: OrgFigures;
}
