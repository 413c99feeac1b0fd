import { Args, ID, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { AdminOnly, CurrentViewer, SignedIn } from '../auth/access.decorators';
import type { Viewer } from '../auth/viewer';
import { Connection } from '../common/graphql/connection';
import { MyNudgesArgs, SnoozeNudgeInput } from './dto/nudges.args';
import { Nudge, NudgeSweepResult } from './models/nudge.model';
import { NudgeSweepService } from './nudge-sweep.service';
import { NudgesService } from './nudges.service';

@ObjectType({ description: 'A page of nudges.' })
export class NudgeConnection extends Connection(Nudge, 'Nudge') {}

/** Thin: the inbox rules live in NudgesService, the sweep in NudgeSweepService. */
@Resolver(() => Nudge)
export class NudgesResolver {
  constructor(
    private readonly nudges: NudgesService,
    private readonly sweep: NudgeSweepService,
  ) {}

  @Query(() => NudgeConnection, { description: 'Your nudges about your direct reports, newest first.' })
  @SignedIn()
  myNudges(@CurrentViewer() viewer: Viewer, @Args() args: MyNudgesArgs): Promise<NudgeConnection> {
    return this.nudges.mine(viewer, args);
  }

  @Query(() => Int, { description: 'How many of your nudges are open (a snooze that ran out counts).' })
  @SignedIn()
  openNudgeCount(@CurrentViewer() viewer: Viewer): Promise<number> {
    return this.nudges.openCount(viewer);
  }

  @Mutation(() => Nudge, { description: 'Puts a nudge out of the way for a week, a month or until a day.' })
  @SignedIn()
  snoozeNudge(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID, description: 'The nudge.' }) id: string,
    @Args('input', { description: 'Until when.' }) input: SnoozeNudgeInput,
  ): Promise<Nudge> {
    return this.nudges.snooze(viewer, id, input);
  }

  @Mutation(() => Nudge, { description: 'Puts a nudge away; it resolves by itself once its reason goes.' })
  @SignedIn()
  dismissNudge(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID, description: 'The nudge.' }) id: string): Promise<Nudge> {
    return this.nudges.dismiss(viewer, id);
  }

  @Mutation(() => NudgeSweepResult, { description: 'Sweeps your organization for nudges now rather than at the next scheduled sweep (admins).' })
  @AdminOnly()
  runNudgeSweep(@CurrentViewer() viewer: Viewer): Promise<NudgeSweepResult> {
    return this.sweep.sweepForAdmin(viewer);
  }
}
