import type { Job, Queue } from 'pg-boss';

interface JobBasics {
  /** The queue's name: letters, digits, dashes. */
  name: string;
  queue?: Omit<Queue, 'name'>;
  /**
   * A cron expression (UTC): pg-boss sends one job per period, however many instances run, since
   * every instance files an occurrence under the same singleton slot.
   */
  cron?: string;
}

/**
 * One kind of job, declared by the feature it belongs to: its queue's name and options, an optional
 * schedule, and the handler that works a batch of its jobs. Handlers reread the state they act on
 * and are idempotent, since pg-boss retries a batch that failed.
 */
export interface BatchJobDefinition<Payload extends object = object> extends JobBasics {
  handle(jobs: Job<Payload>[]): Promise<void>;
  handleEach?: never;
}

/**
 * A job handled one at a time, many side by side: each job of a batch succeeds or fails (and is
 * retried, with the queue's backoff) on its own, so one bad job does not fail its neighbours.
 */
export interface EachJobDefinition<Payload extends object = object> extends JobBasics {
  handleEach(job: Job<Payload>): Promise<void>;
  handle?: never;
  /** Jobs fetched at once by a worker, and workers on this instance (4 of 1 by default). */
  batch?: { size: number; workers: number };
}

export type JobDefinition<Payload extends object = object> = BatchJobDefinition<Payload> | EachJobDefinition<Payload>;

/** A job to queue: its payload and, for queues that keep one job per key, its key. */
export interface JobToQueue<Payload extends object = object> {
  data: Payload;
  singletonKey?: string;
}
