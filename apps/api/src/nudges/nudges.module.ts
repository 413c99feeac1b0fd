import { Module } from '@nestjs/common';
import { PeopleModule } from '../people/people.module';
import { PracticeModule } from '../practice/practice.module';
import { RolesModule } from '../roles/roles.module';
import { NudgeEvents } from './nudge-events';
import { NudgeFieldsResolver } from './nudge-fields.resolver';
import { NudgeInboxFeed } from './nudge-inbox-feed';
import { NudgeNotifications } from './nudge-notifications';
import { NudgeSweepService } from './nudge-sweep.service';
import { NudgesResolver } from './nudges.resolver';
import { NudgesService } from './nudges.service';
import { NudgesLiveResolver } from './nudges-live.resolver';

/**
 * Nudges: the sweep that raises and resolves them (scheduled, on demand, and after a request
 * changed a report), and each manager's inbox. The outbox and live updates hook in through
 * `NudgeSweepService.onNudgesRaised` and `NudgeEvents`; browsers follow their inbox through the
 * `nudgesChanged` subscription, woken by `NudgeNotifications` (LISTEN) on every instance.
 */
@Module({
  imports: [PracticeModule, PeopleModule, RolesModule],
  providers: [NudgeSweepService, NudgesService, NudgeEvents, NudgesResolver, NudgeFieldsResolver, NudgeNotifications, NudgeInboxFeed, NudgesLiveResolver],
  exports: [NudgeSweepService, NudgeEvents],
})
export class NudgesModule {}
