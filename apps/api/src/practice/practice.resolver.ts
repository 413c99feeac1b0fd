import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, SignedIn } from '../auth/access.decorators';
import type { Viewer } from '../auth/viewer';
import { FieldBatches } from '../common/graphql/field-batches';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { loadAll } from '../common/graphql/request-loaders';
import { Person } from '../people/models/person.model';
import { PeopleService } from '../people/people.service';
import { ReportAccessLoaders } from '../report-access/report-access-loaders';
import { ReportAccessException, ReportAccessExceptionCode } from '../report-access/report-access.exception';
import { ReportAccessService } from '../report-access/report-access.service';
import { PracticeStatus } from './models/practice-status.model';
import { PracticeService } from './practice.service';

@Resolver(() => Person)
export class PracticeResolver {
  constructor(
    private readonly practice: PracticeService,
    private readonly reports: ReportAccessService,
    private readonly reportLoaders: ReportAccessLoaders,
    private readonly people: PeopleService,
    batches: FieldBatches,
  ) {
    batches.register(Person, 'practiceStatus', (people, context) => this.statusesOf(people, context));
  }

  @Query(() => PracticeStatus, { description: 'A report’s practice cadence (the report or their current manager).' })
  @SignedIn()
  async practiceStatus(
    @CurrentViewer() viewer: Viewer,
    @Args('reportId', { type: () => ID, description: 'The report.' }) reportId: string,
    @Context() context: GraphqlContext,
  ): Promise<PracticeStatus> {
    const access = await this.reports.require(viewer, reportId);
    const status = await this.practice.statusOf(await this.people.getPerson(viewer, reportId), access, context);
    if (!status) throw new ReportAccessException(ReportAccessExceptionCode.REPORT_NOT_FOUND, 'No such report.');
    return status;
  }

  /** Visible to the person and their current manager only (the report access check); null for anyone else. */
  @ResolveField(() => PracticeStatus, {
    name: 'practiceStatus',
    nullable: true,
    description: 'Their practice cadence; null unless you are them or their current manager. A manager’s view counts only the records they may see.',
  })
  async practiceStatusField(@Parent() person: Person, @Context() context: GraphqlContext): Promise<PracticeStatus | null> {
    return (await this.statusesOf([person], context))[0];
  }

  /** The report access check for the whole list in one batch, then each visible cadence from set-wise reads. */
  private async statusesOf(people: readonly Person[], context: GraphqlContext): Promise<(PracticeStatus | null)[]> {
    const access = await loadAll(this.reportLoaders.of(context).accessByReportId, people.map((person) => person.id));
    return this.practice.statusesOf(people, access, context);
  }
}
