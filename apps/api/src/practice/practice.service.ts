import { Injectable } from '@nestjs/common';
import { DEFAULT_PRACTICE_CADENCE_MONTHS, practiceStatus } from '@onward/domain';
import { Clock } from '../common/clock/clock';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { OrganizationLoaders } from '../organizations/organization-loaders';
import { ReportAccess, ReportRelation } from '../report-access/report-access.service';
import { PracticeStateEnum, PracticeStatus } from './models/practice-status.model';
import { PracticeLoaders } from './practice-loaders';

const day = (date: Date) => date.toISOString().slice(0, 10);

export interface PracticeSubject {
  id: string;
  organizationId: string;
  joinedAt: Date;
}

/** Practice cadence per report, from batched loads: the same statements for a team of 5 or 50. */
@Injectable()
export class PracticeService {
  constructor(
    private readonly practice: PracticeLoaders,
    private readonly organizations: OrganizationLoaders,
    private readonly clock: Clock,
  ) {}

  /** The report's cadence as the viewer may see it; `access` comes from the report access check. */
  async statusOf(person: PracticeSubject, access: ReportAccess, context: GraphqlContext): Promise<PracticeStatus> {
    const audience = access.relation === ReportRelation.SELF ? 'REPORT' : 'CURRENT_MANAGER';
    const [facts, organization] = await Promise.all([
      this.practice.of(context)[audience].load(person.id),
      this.organizations.of(context).organizationById.load(person.organizationId),
    ]);
    const last = facts?.lastPracticeOn ?? null;
    const status = practiceStatus({
      joinedAt: person.joinedAt,
      managedSince: facts?.managedSince ?? null,
      lastPracticeAt: last ? new Date(`${last}T00:00:00Z`) : null,
      cadenceMonths: organization?.practiceCadenceMonths ?? DEFAULT_PRACTICE_CADENCE_MONTHS,
      now: this.clock.now(),
    });
    return { lastPracticeOn: last, dueOn: day(status.dueAt), covered: status.covered, state: status.state as PracticeStateEnum };
  }
}
