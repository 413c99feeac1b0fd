import type { JobDefinition } from '../jobs/job-definition';

/** The scheduled sweep over every organization; its cron comes from `ONWARD_NUDGE_SWEEP_CRON` (every 15 minutes). */
export const NUDGE_SWEEP_JOB = 'nudge-sweep';

/** It carries nothing: each run reads the state of every organization afresh. */
export type NudgeSweepPayload = Record<string, never>;

export function nudgeSweepJob(cron: string, sweepEveryOrganization: () => Promise<unknown>): JobDefinition<NudgeSweepPayload> {
  return {
    name: NUDGE_SWEEP_JOB,
    cron,
    queue: {
      // A sweep that failed is retried soon; one still running after 10 minutes is given up for the next.
      retryLimit: 2,
      retryDelay: 30,
      expireInSeconds: 600,
      // Past runs are kept a day, for operators to see when the last ones ran.
      deleteAfterSeconds: 86_400,
    },
    // Sweeps are idempotent, so running the few queued after a pause back to back is harmless.
    handle: async () => {
      await sweepEveryOrganization();
    },
  };
}
