import { Injectable } from '@nestjs/common';
import { practiceStatus } from '@onward/domain';
import type { PersonEntity } from '../people/person.entity';
import type { Loaders } from '../dataloaders/loaders';
import { PracticeStateEnum, PracticeStatus } from './models/practice-status.model';

const day = (date: Date) => date.toISOString().slice(0, 10);

/** Practice cadence per report, from batched loads: the same statements for a team of 5 or 50. */
@Injectable()
export class PracticeService {
  async statusOf(person: Pick<PersonEntity, 'id' | 'organizationId' | 'joinedAt'>, loaders: Loaders, now = new Date()): Promise<PracticeStatus> {
    const [last, organization] = await Promise.all([
      loaders.lastPracticeByReportId.load(person.id),
      loaders.organizationById.load(person.organizationId),
    ]);
    const status = practiceStatus({
      joinedAt: person.joinedAt,
      lastPracticeAt: last ? new Date(`${last}T00:00:00Z`) : null,
      cadenceMonths: organization?.practiceCadenceMonths ?? 12,
      now,
    });
    return { lastPracticeOn: last, dueOn: day(status.dueAt), covered: status.covered, state: status.state as PracticeStateEnum };
  }
}
