import type { Job, Queue } from 'pg-boss';

/**
 * One kind of job, declared by the feature it belongs to: its queue's name and options, an optional
 * schedule, and the handler that works a batch of its jobs. Handlers reread the state they act on
 * and are idempotent, since pg-boss retries a batch that failed.
 */
export interface JobDefinition<Payload extends object = object> {
  /** The queue's name: letters, digits, dashes. */
  name: string;
  queue?: Omit<Queue, 'name'>;
  /**
   * A cron expression (UTC): pg-boss sends one job per period, however many instances run, since
   * every instance files an occurrence under the same singleton slot.
   */
  cron?: string;
  handle(jobs: Job<Payload>[]): Promise<void>;
}
