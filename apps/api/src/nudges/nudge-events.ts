import { Injectable, Logger } from '@nestjs/common';

/** What changed in some people's inboxes: raised, resolved or moved nudges, by recipient. */
export interface NudgeChange {
  organizationId: string;
  /** Everyone whose inbox changed, former recipients of moved nudges included. */
  recipientIds: string[];
  raisedIds: string[];
  resolvedIds: string[];
}

export type NudgeChangeListener = (change: NudgeChange) => void;

/**
 * In-process news of inbox changes, told once the change is committed, for what pushes them to
 * open browsers. It hears this instance only; the same changes reach every instance as a NOTIFY
 * on `NUDGES_CHANNEL` (sent in the same transaction), which a listener on each instance turns
 * into the same events for the people connected there.
 */
@Injectable()
export class NudgeEvents {
  private readonly logger = new Logger('NudgeEvents');
  private readonly listeners = new Set<NudgeChangeListener>();

  /** Returns what stops listening. */
  on(listener: NudgeChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(change: NudgeChange): void {
    if (change.recipientIds.length === 0) return;
    for (const listener of this.listeners) {
      try {
        listener(change);
      } catch (error) {
        // A listener's failure is its own: the change is committed and the others still hear of it.
        this.logger.error(error instanceof Error ? error.message : String(error));
      }
    }
  }
}
