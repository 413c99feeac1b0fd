import { SettableClock } from '../src/common/clock/clock';
import { signUpOrganization, unique } from './builders';
import { CREATE_CALENDAR_FEED, MY_CALENDAR_FEED, REVOKE_CALENDAR_FEED } from './calendar-operations';
import { HOLD_CONVERSATION, PRACTICE_STATUS } from './growth-operations';
import { buildHierarchy, type Hierarchy } from './hierarchy';
import { LogCapture } from './log-capture';
import { DEACTIVATE, IMPORT } from './operations';
import { startTestApp, type TestApp } from './test-app';

const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '');

/** Each event's summary and all-day start, in feed order. */
function events(ics: string): { summary: string; day: string }[] {
  return [...unfold(ics).matchAll(/BEGIN:VEVENT\r\n([\s\S]*?)END:VEVENT/g)].map(([, body]) => ({
    summary: body.match(/^SUMMARY:(.*)\r$/m)![1],
    day: body.match(/^DTSTART;VALUE=DATE:(\d{4})(\d{2})(\d{2})\r$/m)!.slice(1).join('-'),
  }));
}

describe('calendar feed of practice due days', () => {
  const clock = new SettableClock('2026-11-27T09:00:00Z');
  const logs = new LogCapture();
  let app: TestApp;
  let h: Hierarchy;
  let base: string;
  beforeAll(async () => {
    app = await startTestApp({ clock, logs, logLevels: ['log'] });
    h = await buildHierarchy(app);
    base = app.url.replace(/\/graphql$/, '');
  });
  afterAll(() => app.close());

  const local = (url: string) => url.replace('http://onward.test', base);
  const get = (url: string) => fetch(local(url));

  it('lists each direct report’s due day as their manager sees it, and nobody else', async () => {
    await h.manager.client.ok(HOLD_CONVERSATION, { input: { reportId: h.peer.id, kind: 'INTERVIEW_PRACTICE', heldOn: '2026-03-10', notes: 'Practice talk held' } });
    const { createCalendarFeed } = await h.manager.client.ok(CREATE_CALENDAR_FEED);
    expect(createCalendarFeed.url).toMatch(/^http:\/\/onward\.test\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    const response = await get(createCalendarFeed.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const ics = await response.text();
    expect(ics).toContain('METHOD:PUBLISH');
    const due = async (reportId: string) => (await h.manager.client.ok(PRACTICE_STATUS, { reportId })).practiceStatus.dueOn;
    expect(events(ics)).toEqual([
      { summary: 'Interview practice with Pat Peer due', day: await due(h.peer.id) },
      { summary: 'Interview practice with Riley Report due', day: await due(h.owner.id) },
    ]);
    expect(events(ics)[0].day).toBe('2027-03-10');
    expect(unfold(ics)).toContain(`URL:http://onward.test/team/${h.peer.id}`);
    // The skip-level's feed lists their own direct reports, not the level below.
    const skip = (await h.skipLevel.client.ok(CREATE_CALENDAR_FEED)).createCalendarFeed;
    expect(events(await (await get(skip.url)).text()).map((e) => e.summary)).toEqual([
      'Interview practice with Frankie Former due',
      'Interview practice with Morgan Manager due',
    ]);
  });

  it('says when a report’s practice is overdue, on the day it was due', async () => {
    const org = await signUpOrganization(app);
    const report = await org.addMember({ name: 'Olu Overdue', managerId: org.admin.id });
    await org.admin.client.ok(HOLD_CONVERSATION, { input: { reportId: report.id, kind: 'INTERVIEW_PRACTICE', heldOn: '2025-06-01', notes: 'Practice talk held' } });
    const { createCalendarFeed } = await org.admin.client.ok(CREATE_CALENDAR_FEED);
    expect(events(await (await get(createCalendarFeed.url)).text())).toEqual([{ summary: 'Interview practice with Olu Overdue was due', day: '2026-06-01' }]);
  });

  it('a new address replaces the old; a revoked one, a made-up one and a deactivated owner’s are 404', async () => {
    const first = (await h.peer.client.ok(CREATE_CALENDAR_FEED)).createCalendarFeed;
    expect((await get(first.url)).status).toBe(200);
    clock.advanceDays(1);
    const second = (await h.peer.client.ok(CREATE_CALENDAR_FEED)).createCalendarFeed;
    expect(second.url).not.toBe(first.url);
    expect((await get(first.url)).status).toBe(404);
    expect((await get(second.url)).status).toBe(200);
    expect((await h.peer.client.ok(MY_CALENDAR_FEED)).myCalendarFeed).toEqual({ createdAt: second.createdAt });

    expect((await h.peer.client.ok(REVOKE_CALENDAR_FEED)).revokeCalendarFeed).toBe(true);
    expect((await get(second.url)).status).toBe(404);
    expect((await h.peer.client.ok(MY_CALENDAR_FEED)).myCalendarFeed).toBeNull();
    expect((await h.peer.client.ok(REVOKE_CALENDAR_FEED)).revokeCalendarFeed).toBe(false);

    for (const made_up of [`${base}/calendar/${'A'.repeat(43)}.ics`, `${base}/calendar/short.ics`, second.url.replace('.ics', '')]) {
      expect((await get(made_up)).status).toBe(404);
    }

    const org = await signUpOrganization(app);
    const leaver = await org.addMember({ name: 'Lee Leaver' });
    const feed = (await leaver.client.ok(CREATE_CALENDAR_FEED)).createCalendarFeed;
    expect((await get(feed.url)).status).toBe(200);
    await org.admin.client.ok(DEACTIVATE, { id: leaver.id });
    expect((await get(feed.url)).status).toBe(404);
  });

  it('keeps the token out of the request log', async () => {
    const { createCalendarFeed } = await h.owner.client.ok(CREATE_CALENDAR_FEED);
    await get(createCalendarFeed.url);
    const token = createCalendarFeed.url.split('/').pop()!.replace('.ics', '');
    expect(logs.text()).not.toContain(token);
    expect(logs.requests().some((line) => line.path === '/calendar/:token')).toBe(true);
  });

  it('costs the same statements for a team of 5 as of 50', async () => {
    const counts: number[] = [];
    for (const size of [5, 50]) {
      const org = await signUpOrganization(app);
      const d = unique('t');
      const rows = Array.from({ length: size }, (_, i) => `r${i}-${d}@example.com,Report ${i},Engineer,IC2,${org.admin.email}`);
      await org.admin.client.ok(IMPORT, { input: { csv: ['email,name,title,level,manager email', ...rows].join('\n') } });
      const { createCalendarFeed } = await org.admin.client.ok(CREATE_CALENDAR_FEED);
      app.queries.reset();
      const ics = await (await get(createCalendarFeed.url)).text();
      counts.push(app.queries.roundTrips);
      if (process.env.ONWARD_PRINT_COUNTS) console.log(`calendar feed of ${size} reports: ${app.queries.count} statements, ${app.queries.roundTrips} round trips`);
      expect(events(ics)).toHaveLength(size);
    }
    expect(counts[1]).toBe(counts[0]);
  });
});
