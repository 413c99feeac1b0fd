import { Resolver, Subscription } from '@nestjs/graphql';
import { CurrentViewer, SignedIn } from '../auth/access.decorators';
import type { Viewer } from '../auth/viewer';
import { CommonException, CommonExceptionCode } from '../common/errors/common.exception';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { NudgeInboxChange } from './models/nudge-inbox-change.model';
import { NudgeInboxFeed, type InboxTick } from './nudge-inbox-feed';

/** Thin: the live inbox lives in NudgeInboxFeed; the WebSocket transport in subscriptions/. */
@Resolver(() => NudgeInboxChange)
export class NudgesLiveResolver {
  constructor(private readonly feed: NudgeInboxFeed) {}

  @Subscription(() => NudgeInboxChange, {
    name: 'nudgesChanged',
    description: 'Your inbox, live: its open count as you subscribe, then what changed after each change (over graphql-ws on /graphql).',
    // Each event runs in a fresh context, its session checked again (subscriptions/renewed-event-stream.ts).
    resolve(this: NudgesLiveResolver, tick: InboxTick, _args: unknown, context: GraphqlContext) {
      if (!context.viewer) throw new CommonException(CommonExceptionCode.NOT_SIGNED_IN, 'Please sign in.');
      return this.feed.change(context.viewer, tick);
    },
  })
  @SignedIn()
  nudgesChanged(@CurrentViewer() viewer: Viewer): AsyncIterableIterator<InboxTick> {
    return this.feed.follow(viewer);
  }
}
