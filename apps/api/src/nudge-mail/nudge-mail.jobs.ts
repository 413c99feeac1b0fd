import { MAX_QUEUED_MAIL_ATTEMPTS } from '@onward/domain';
import type { NudgeMailConfig } from '../config/app-config';
import type { EachJobDefinition, JobDefinition } from '../jobs/job-definition';

/** One job per outbox row to deliver: a nudge mail or a digest. */
export const NUDGE_MAIL_JOB = 'nudge-mail';
/** Every minute: queues again what is waiting without a job (never queued, or lost with its instance). */
export const NUDGE_MAIL_PICKUP_JOB = 'nudge-mail-pickup';
/** Every quarter of an hour: the daily digests whose local hour has come. */
export const NUDGE_DIGEST_JOB = 'nudge-mail-digest';

export interface NudgeMailPayload {
  organizationId: string;
  outboxId: string;
}

/** Backoff between attempts stops growing here. */
const MAX_RETRY_DELAY_SECONDS = 3_600;

export function nudgeMailJob(config: NudgeMailConfig, deliver: (payload: NudgeMailPayload) => Promise<unknown>): EachJobDefinition<NudgeMailPayload> {
  return {
    name: NUDGE_MAIL_JOB,
    queue: {
      // One job per row queued or running, keyed by the row: queueing a row twice (after the
      // commit, and again by the scheduled pass) queues it once.
      policy: 'exclusive',
      // Each attempt claims the row; the row's own count gives up after the last.
      retryLimit: MAX_QUEUED_MAIL_ATTEMPTS - 1,
      retryDelay: config.retryDelaySeconds,
      retryBackoff: true,
      retryDelayMax: MAX_RETRY_DELAY_SECONDS,
      // A job running longer than a claim's lease is given up for a retry, which waits for the lease.
      expireInSeconds: config.leaseSeconds,
      deleteAfterSeconds: 86_400,
    },
    batch: { size: 10, workers: 2 },
    handleEach: async (job) => {
      await deliver(job.data);
    },
  };
}

export function nudgeMailPickupJob(pickUp: () => Promise<unknown>): JobDefinition {
  return {
    name: NUDGE_MAIL_PICKUP_JOB,
    cron: '* * * * *',
    queue: { retryLimit: 0, expireInSeconds: 300, deleteAfterSeconds: 3_600 },
    handle: async () => {
      await pickUp();
    },
  };
}

export function nudgeDigestJob(gather: () => Promise<unknown>): JobDefinition {
  return {
    name: NUDGE_DIGEST_JOB,
    cron: '*/15 * * * *',
    queue: { retryLimit: 1, retryDelay: 60, expireInSeconds: 600, deleteAfterSeconds: 86_400 },
    handle: async () => {
      await gather();
    },
  };
}
