import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Nudge } from './nudge.model';

@ObjectType({
  description:
    'What changed in your inbox. The first one, sent as you subscribe, gives the count only; each later one what changed since the one before. Any of them may also mean that snoozed, dismissed or resolved nudges changed.',
})
export class NudgeInboxChange {
  @Field(() => Int, { description: 'How many of your nudges are open now (as openNudgeCount).' }) openCount!: number;
  @Field(() => [Nudge], { description: 'Open now and not at the previous change: raised, back from a snooze, or come to you with a report. Newest first.' })
  newlyOpen!: Nudge[];
  @Field(() => [ID], { description: 'Open at the previous change and not now: resolved, snoozed, dismissed, or gone with a report to their new manager.' })
  noLongerOpenIds!: string[];
}
