import { Module } from '@nestjs/common';
import { PeopleModule } from '../people/people.module';
import { PracticeModule } from '../practice/practice.module';
import { RolesModule } from '../roles/roles.module';
import { NudgeEvents } from './nudge-events';
import { NudgeFieldsResolver } from './nudge-fields.resolver';
import { NudgeSweepService } from './nudge-sweep.service';
import { NudgesResolver } from './nudges.resolver';
import { NudgesService } from './nudges.service';

/**
 * Nudges: the sweep that raises and resolves them (scheduled, on demand, and after a request
 * changed a report), and each manager's inbox. The outbox and live updates hook in through
 * `NudgeSweepService.onNudgesRaised` and `NudgeEvents`.
 */
@Module({
  imports: [PracticeModule, PeopleModule, RolesModule],
  providers: [NudgeSweepService, NudgesService, NudgeEvents, NudgesResolver, NudgeFieldsResolver],
  exports: [NudgeSweepService, NudgeEvents],
})
export class NudgesModule {}
