import { JobsService } from '../src/jobs/jobs.service';
import { NUDGE_SWEEP_JOB } from '../src/nudges/nudge-sweep.job';
import { signUpOrganization } from './builders';
import { organizationOf } from './nudges-support';
import { startTestApp, TestApp } from './test-app';

/**
 * pg-boss as the API runs it: started with the app, the sweep on its schedule, stopped with the
 * app. Every other suite starts the app with jobs off and sweeps by hand.
 */
describe('jobs', () => {
  let app: TestApp;
  let sibling: TestApp | undefined;
  // Every second, looked for every second: the first run comes within a few seconds.
  const jobs = { enabled: true, nudgeSweepCron: '* * * * * *', pollSeconds: 1 };
  beforeAll(async () => {
    app = await startTestApp({ config: { jobs } });
  });
  afterAll(async () => {
    await sibling?.close();
    await app.close();
  });

  async function nudgesAbout(reportId: string): Promise<{ kind: string; recipient_id: string }[]> {
    return app.db.query('SELECT kind, recipient_id FROM nudges WHERE report_id = $1', [reportId]);
  }

  it('runs the nudge sweep on its schedule; with two instances running it, each nudge is raised once', async () => {
    expect(await app.app.get(JobsService).scheduleOf(NUDGE_SWEEP_JOB)).toBe('* * * * * *');
    sibling = await app.sibling({ config: { jobs } });
    const org = await signUpOrganization(app);
    const organizationId = await organizationOf(app, org.admin.id);
    // A report written straight to the table: no request raised anything for them, only the schedule can.
    const [{ id: reportId }]: { id: string }[] = await app.db.query(
      `INSERT INTO people (organization_id, email, name, status, manager_id) VALUES ($1, $2, 'Quinn Quiet', 'ACTIVE', $3) RETURNING id`,
      [organizationId, `quiet-${Date.now()}@example.com`, org.admin.id],
    );
    let found: { kind: string; recipient_id: string }[] = [];
    // Within a few seconds alone; a whole suite loading two cores can hold the first run back much longer.
    for (let tries = 0; found.length === 0 && tries < 360; tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      found = await nudgesAbout(reportId);
    }
    expect(found).toEqual([{ kind: 'PRACTICE_DUE_SOON', recipient_id: org.admin.id }]);
    let runs: { n: number }[] = [];
    for (let tries = 0; !runs[0]?.n && tries < 120; tries += 1) {
      runs = await app.db.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1 AND state = 'completed'`, [NUDGE_SWEEP_JOB]);
      if (!runs[0].n) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(runs[0].n).toBeGreaterThan(0);
  }, 150_000);

  it('stops when the app shuts down', async () => {
    const jobsService = app.app.get(JobsService);
    expect(jobsService.running).toBe(true);
    await sibling!.close();
    sibling = undefined;
    await jobsService.beforeApplicationShutdown();
    expect(jobsService.running).toBe(false);
  });
});
