import { debriefPendingSince, isSatisfactionTalkSuggested, SATISFACTION_TALK_LOOKBACK_DAYS, stretchTag } from '@onward/domain';
import { teamFigureCounts } from '../src/dashboards/org/org-dashboard.queries';
import { orgWindow } from '../src/dashboards/org/org-member-figures';
import { debriefPendingSql, satisfactionTalkSuggestedSql, stretchSql } from '../src/dashboards/org/org-rules.sql';
import { signUpOrganization } from './builders';
import { DashboardRows } from './dashboards-support';
import { startTestApp, TestApp } from './test-app';

const QUARTERS = [
  { key: '2025-Q4', startsOn: '2025-10-01', endsOn: '2025-12-31' },
  { key: '2026-Q1', startsOn: '2026-01-01', endsOn: '2026-03-16' },
];
const TODAY = '2026-03-16';

describe('the org dashboard counts people per team in the database by the rules of libs/domain', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('reads stretch, pending debriefs and suggested satisfaction talks as the domain functions do, on every case', async () => {
    const ranks = [null, 1, 2, 3];
    const pairs = ranks.flatMap((role) => ranks.map((report) => [role, report] as const));
    const stretch: { tag: string }[] = await app.db.query(
      `SELECT ${stretchSql('r.role', 'r.report')} AS tag FROM unnest($1::int[], $2::int[]) WITH ORDINALITY AS r(role, report, i) ORDER BY r.i`,
      [pairs.map(([role]) => role), pairs.map(([, report]) => report)],
    );
    expect(stretch.map((row) => row.tag)).toEqual(pairs.map(([role, report]) => stretchTag(role, report)));

    const days = [null, '2026-03-01', '2026-03-02', '2026-03-03'];
    const cases = days.flatMap((interview) => days.map((debrief) => [interview, debrief] as const));
    const pending: { pending: boolean }[] = await app.db.query(
      `SELECT ${debriefPendingSql('c.interview', 'c.debrief')} AS pending FROM unnest($1::date[], $2::date[]) WITH ORDINALITY AS c(interview, debrief, i) ORDER BY c.i`,
      [cases.map(([interview]) => interview), cases.map(([, debrief]) => debrief)],
    );
    expect(pending.map((row) => row.pending)).toEqual(cases.map(([interview, debrief]) => debriefPendingSince({ interviewDays: interview ? [interview] : [], lastDebriefOn: debrief }, TODAY) !== null));

    // Around midnight UTC and around the lookback's first day, where a day too many or too few shows.
    const sharedAts = ['2026-03-01T00:30:00Z', '2026-02-28T23:30:00Z', '2026-03-01T12:00:00Z'];
    const talks = [null, '2025-11-30', '2025-12-01', '2025-12-02', '2026-02-28', '2026-03-01'];
    const talkCases = sharedAts.flatMap((sharedAt) => talks.map((talk) => [sharedAt, talk] as const));
    const suggested: { suggested: boolean }[] = await app.db.query(
      `SELECT ${satisfactionTalkSuggestedSql('c.shared_at', 'c.talk', '$3')} AS suggested
         FROM unnest($1::timestamptz[], $2::date[]) WITH ORDINALITY AS c(shared_at, talk, i) ORDER BY c.i`,
      [talkCases.map(([sharedAt]) => sharedAt), talkCases.map(([, talk]) => talk), SATISFACTION_TALK_LOOKBACK_DAYS],
    );
    expect(suggested.map((row) => row.suggested)).toEqual(
      talkCases.map(([sharedAt, talk]) => isSatisfactionTalkSuggested({ stretch: 'SAME_LEVEL', sharedAt: new Date(sharedAt), lastSatisfactionTalkOn: talk })),
    );
  });

  it('reads coverage by the cadence at each quarter’s last day counted and today, from the practice the manager may see', async () => {
    const org = await signUpOrganization(app);
    const manager = await org.addMember({ name: 'Mia Manager' });
    const other = await org.addMember({ name: 'Otto Other' });
    const [early, late, onTheDay, never] = await Promise.all(['Early', 'Late', 'On the day', 'Never'].map((name) => org.addMember({ name, managerId: manager.id })));
    const rows = await DashboardRows.of(app, manager.id);
    // Practised 2025-03-15 with a 12-month cadence: due 2026-03-15, covered at the end of 2025, not today.
    await rows.debrief(early.id, manager.id, '2025-03-15');
    // A practice after a quarter's end covers nobody in it.
    await rows.conversation(late.id, manager.id, 'INTERVIEW_PRACTICE', '2026-01-05');
    // Due on the day read: still covered.
    await rows.debrief(onTheDay.id, manager.id, '2025-03-16');
    // Held by someone else and not shared with the manager: not theirs to count.
    await rows.debrief(never.id, other.id, '2026-02-01');
    const { teams, counts } = await teamFigureCounts(app.db.manager, rows.organizationId, manager.id, orgWindow(QUARTERS, TODAY, 'UTC', 12));
    expect(teams).toEqual([{ managerId: manager.id, managerName: 'Mia Manager', managerManagerId: null, people: 4 }]);
    const covered = counts.filter((row) => row.figure === 'peopleCovered').map((row) => [row.managerId, row.quarter, row.people]);
    // Quarter 0 ends 2025-12-31, quarter 1 ends today, and 2 is today again: the figure of now.
    expect(covered.sort()).toEqual(
      [
        [manager.id, 0, 2],
        [manager.id, 1, 2],
        [manager.id, 2, 2],
      ].sort(),
    );
    // Debriefed in the quarters shown: only what the manager may see, once per person and quarter.
    expect(counts.filter((row) => row.figure === 'peopleDebriefed')).toEqual([]);
  });
});
