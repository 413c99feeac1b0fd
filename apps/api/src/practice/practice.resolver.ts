import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, SignedIn } from '../auth/access.decorators';
import type { Viewer } from '../auth/viewer';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { Person } from '../people/models/person.model';
import { PeopleService } from '../people/people.service';
import { ReportAccessService } from '../report-access/report-access.service';
import { PracticeStatus } from './models/practice-status.model';
import { PracticeService } from './practice.service';

@Resolver(() => Person)
export class PracticeResolver {
  constructor(
    private readonly practice: PracticeService,
    private readonly reports: ReportAccessService,
    private readonly people: PeopleService,
  ) {}

  @Query(() => PracticeStatus, { description: 'A report’s practice cadence (the report or their current manager).' })
  @SignedIn()
  async practiceStatus(
    @CurrentViewer() viewer: Viewer,
    @Args('reportId', { type: () => ID, description: 'The report.' }) reportId: string,
    @Context() { loaders }: GraphqlContext,
  ): Promise<PracticeStatus> {
    await this.reports.require(viewer, reportId);
    return this.practice.statusOf(await this.people.getPerson(viewer, reportId), loaders);
  }

  /** Visible to the person and their current manager only (the report access check); null for anyone else. */
  @ResolveField(() => PracticeStatus, { name: 'practiceStatus', nullable: true, description: 'Their practice cadence; null unless you are them or their current manager.' })
  async practiceStatusField(@Parent() person: Person, @Context() { loaders }: GraphqlContext): Promise<PracticeStatus | null> {
    if (!(await loaders.reportRelationById.load(person.id))) return null;
    return this.practice.statusOf(person, loaders);
  }
}
