import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { PgBoss, type Job, type JobResult } from 'pg-boss';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import type { EachJobDefinition, JobDefinition, JobToQueue } from './job-definition';

/** The schema pg-boss keeps its queue in, beside the app's tables: one database holds everything. */
export const JOBS_SCHEMA = 'pgboss';
export const JOBS_DATABASE_URL = Symbol('JOBS_DATABASE_URL');

/**
 * pg-boss, started with the API once its migrations ran and every module declared its jobs, and
 * stopped before the app's pool closes, so a job in flight finishes on a live pool.
 *
 * It connects as the schema owner (`DATABASE_URL`), with a pool of its own: it installs and
 * migrates its schema and creates a table per queue, which the app role may not. It never reads a
 * tenant table; handlers do their work through the app's pool, as a system actor under row-level
 * security. Several instances share one queue safely: a job is claimed by one worker
 * (SKIP LOCKED) and a schedule sends one job per period.
 */
@Injectable()
export class JobsService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private readonly definitions = new Map<string, JobDefinition>();
  private boss: PgBoss | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(JOBS_DATABASE_URL) private readonly databaseUrl: string | null,
  ) {}

  /** Called by features while their modules initialise; pg-boss starts once all have. */
  define<Payload extends object>(definition: JobDefinition<Payload>): void {
    if (this.boss) throw new Error(`job ${definition.name} defined after the jobs started`);
    if (this.definitions.has(definition.name)) throw new Error(`job ${definition.name} is defined twice`);
    this.definitions.set(definition.name, definition as unknown as JobDefinition);
  }

  /** Whether this instance runs jobs (off when configured so, or without a database). */
  get running(): boolean {
    return this.boss !== null;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.jobs.enabled || !this.databaseUrl) return;
    const { pollSeconds, superviseSeconds } = this.config.jobs;
    const boss = new PgBoss({
      connectionString: this.databaseUrl,
      schema: JOBS_SCHEMA,
      max: 3,
      application_name: 'onward-jobs',
      cronMonitorIntervalSeconds: pollSeconds,
      cronWorkerIntervalSeconds: Math.min(pollSeconds, 5),
      // Jobs whose worker died are retried once they expire, found by this pass.
      ...(superviseSeconds ? { superviseIntervalSeconds: superviseSeconds, monitorIntervalSeconds: superviseSeconds } : {}),
    });
    // pg-boss reports its own failures (a lost connection, a failed maintenance pass) as events.
    boss.on('error', (error: Error) => this.logger.error(`${error.name}: ${error.message}`));
    boss.on('warning', (warning: { message: string }) => this.logger.warn(warning.message));
    await boss.start();
    this.boss = boss;
    for (const definition of this.definitions.values()) {
      await boss.createQueue(definition.name, definition.queue);
      if (definition.cron) await boss.schedule(definition.name, definition.cron, null, { tz: 'UTC' });
      else await boss.unschedule(definition.name);
      if (definition.handleEach) await this.workEach(boss, definition as EachJobDefinition);
      else await boss.work<object>(definition.name, { pollingIntervalSeconds: pollSeconds }, (jobs) => definition.handle!(jobs));
    }
    this.logger.log(`jobs running: ${[...this.definitions.keys()].join(', ') || 'none'}`);
  }

  /** Each job of a batch on its own: completed, or failed (then retried by the queue's rules) with its error's message. */
  private async workEach(boss: PgBoss, definition: EachJobDefinition): Promise<void> {
    const { size, workers } = definition.batch ?? { size: 4, workers: 1 };
    const settle = async (job: Job<object>): Promise<JobResult> => {
      try {
        await definition.handleEach(job);
        return { id: job.id, status: 'completed' };
      } catch (error) {
        const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
        this.logger.warn({ msg: `${definition.name} job failed; pg-boss retries it by its queue's rules`, jobId: job.id, error: message });
        return { id: job.id, status: 'failed', output: { message } };
      }
    };
    await boss.work<object>(
      definition.name,
      { pollingIntervalSeconds: this.config.jobs.pollSeconds, batchSize: size, localConcurrency: workers, perJobResults: true, burstWhenBatchFull: true },
      (jobs) => Promise.all(jobs.map(settle)),
    );
  }

  /** Stops taking jobs and waits for those in flight (at most the shutdown grace) before the pool closes. */
  async beforeApplicationShutdown(): Promise<void> {
    const boss = this.boss;
    if (!boss) return;
    this.boss = null;
    await boss.stop({ graceful: true, timeout: this.config.limits.shutdownGraceMs });
  }

  /**
   * Queues jobs, when this instance runs jobs; false when it does not (or pg-boss refused), and
   * the caller must have another way to get the work done, e.g. a scheduled pass that queues again
   * what is still waiting. On a queue that keeps one job per key, a job whose key is already
   * queued or running is dropped.
   */
  async enqueue<Payload extends object>(name: string, jobs: JobToQueue<Payload>[]): Promise<boolean> {
    const boss = this.boss;
    if (!boss) return false;
    if (jobs.length === 0) return true;
    try {
      await boss.insert(name, jobs.map((job) => ({ data: job.data, singletonKey: job.singletonKey })));
      return true;
    } catch (error) {
      this.logger.warn(`could not queue ${jobs.length} ${name} job(s): ${error instanceof Error ? error.message : String(error)}`);
      return false;
    }
  }

  /** The schedule pg-boss keeps for a job, for operators and tests. */
  async scheduleOf(name: string): Promise<string | null> {
    return (await this.boss?.getSchedule(name))?.cron ?? null;
  }
}
