import { Injectable } from '@nestjs/common';
import type { Viewer } from '../auth/viewer';
import type { NudgeInboxChange } from './models/nudge-inbox-change.model';
import { NudgeNotifications } from './nudge-notifications';
import { NudgesService } from './nudges.service';

/** One subscriber's inbox as of the last change sent: what the next change is told against. */
export interface InboxTick {
  /** Null until the first change is read, which tells the count only. */
  lastOpen: { ids: Set<string> } | null;
}

/**
 * One "look again" per change, however many came while the subscriber was still busy with the
 * last: wakes that arrive during a read collapse into one more read, so a burst costs two reads,
 * not one per notification. The first is there at once: the count as the subscription starts.
 */
class InboxTicks implements AsyncIterableIterator<InboxTick> {
  private readonly tick: InboxTick = { lastOpen: null };
  private pending = true;
  private waiting: ((result: IteratorResult<InboxTick, undefined>) => void) | undefined;
  private done = false;
  private readonly stop: () => void;

  constructor(follow: (wake: () => void) => () => void) {
    this.stop = follow(() => this.wake());
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<InboxTick> {
    return this;
  }

  next(): Promise<IteratorResult<InboxTick, undefined>> {
    if (this.done) return Promise.resolve({ done: true, value: undefined });
    if (this.pending) {
      this.pending = false;
      return Promise.resolve({ done: false, value: this.tick });
    }
    return new Promise((resolve) => (this.waiting = resolve));
  }

  return(): Promise<IteratorResult<InboxTick, undefined>> {
    if (!this.done) {
      this.done = true;
      this.stop();
      this.waiting?.({ done: true, value: undefined });
      this.waiting = undefined;
    }
    return Promise.resolve({ done: true, value: undefined });
  }

  private wake(): void {
    const waiting = this.waiting;
    if (!waiting) {
      this.pending = true;
      return;
    }
    this.waiting = undefined;
    waiting({ done: false, value: this.tick });
  }
}

/**
 * The live inbox: a subscriber is woken by `NudgeNotifications` when a change names them, and each
 * change is read through the inbox's own queries, as its recipient, in the event's fresh context
 * (so a former manager, whose nudges vanished from their inbox the moment the line changed, is
 * told they are gone and sees nothing more). Two statements per change at most: the open ids, then
 * the nudges among them that are new to this subscriber.
 */
@Injectable()
export class NudgeInboxFeed {
  constructor(
    private readonly notifications: NudgeNotifications,
    private readonly nudges: NudgesService,
  ) {}

  follow(viewer: Viewer): AsyncIterableIterator<InboxTick> {
    return new InboxTicks((wake) => this.notifications.follow(viewer.organizationId, viewer.personId, wake));
  }

  async change(viewer: Viewer, tick: InboxTick): Promise<NudgeInboxChange> {
    const open = await this.nudges.openIds(viewer);
    const previous = tick.lastOpen?.ids;
    tick.lastOpen = { ids: new Set(open) };
    if (!previous) return { openCount: open.length, newlyOpen: [], noLongerOpenIds: [] };
    const added = open.filter((id) => !previous.has(id));
    const now = tick.lastOpen.ids;
    return {
      openCount: open.length,
      newlyOpen: added.length > 0 ? await this.nudges.openByIds(viewer, added) : [],
      noLongerOpenIds: [...previous].filter((id) => !now.has(id)),
    };
  }
}
