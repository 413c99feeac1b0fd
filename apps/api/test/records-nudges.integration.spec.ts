import { SettableClock } from '../src/common/clock/clock';
import { Member, signUpOrganization } from './builders';
import { CREATE_DEBRIEF, HOLD_CONVERSATION } from './growth-operations';
import { inboxOf, kindsAbout, organizationOf, sweep } from './nudges-support';
import { DISMISS_NUDGE } from './nudges-operations';
import { DELETE_CONVERSATION, DELETE_DEBRIEF } from './records-operations';
import { ADD_INTERVIEW, CREATE_ROLE, SHARE_ROLE } from './roles-operations';
import { startTestApp, TestApp } from './test-app';

/**
 * A deleted debrief or conversation stops counting at once, and the nudges it had resolved come
 * back to the current manager: the sweep reopens them (a dismissed one stays dismissed), once,
 * and does not mail them a second time.
 */
describe('nudges after a debrief or conversation is deleted', () => {
  const clock = new SettableClock('2026-07-10T09:00:00Z');
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ clock, config: { sessionDays: 800, sessionMaxDays: 800 } });
  });
  afterAll(() => app.close());
  beforeEach(() => clock.set('2026-07-10T09:00:00Z'));

  async function overdueTeam(): Promise<{ organizationId: string; manager: Member; report: Member }> {
    clock.set('2026-06-01T10:00:00Z');
    const org = await signUpOrganization(app);
    const manager = await org.addMember({ name: 'Morgan Manager', levelKey: 'M1' });
    const report = await org.addMember({ name: 'Priya Report', managerId: manager.id, levelKey: 'IC3' });
    const organizationId = await organizationOf(app, report.id);
    clock.set('2026-07-10T09:00:00Z');
    await sweep(app, organizationId);
    expect(await kindsAbout(manager.client, report.id, 'OPEN')).toEqual(['PRACTICE_OVERDUE:OPEN']);
    return { organizationId, manager, report };
  }

  const outboxRows = async (nudgeId: string) => (await app.db.query('SELECT count(*)::int AS n FROM nudge_outbox WHERE nudge_id = $1', [nudgeId]))[0].n as number;

  it('deleting the practice conversation that resolved an overdue nudge opens it again, without mailing it twice', async () => {
    const t = await overdueTeam();
    const [overdue] = await inboxOf(t.manager.client, 'OPEN');
    const mails = await outboxRows(overdue.id);
    const { holdConversation } = await t.manager.client.ok(HOLD_CONVERSATION, { input: { reportId: t.report.id, kind: 'INTERVIEW_PRACTICE', heldOn: '2026-07-10', notes: 'Practice talk held' } });
    expect(await kindsAbout(t.manager.client, t.report.id)).toEqual(['PRACTICE_DUE_SOON:RESOLVED', 'PRACTICE_OVERDUE:RESOLVED']);

    await t.manager.client.ok(DELETE_CONVERSATION, { id: holdConversation.id });
    const open = await inboxOf(t.manager.client, 'OPEN');
    expect(open.map((n) => [n.id, n.kind, n.status, n.resolvedAt])).toEqual([[overdue.id, 'PRACTICE_OVERDUE', 'OPEN', null]]);
    expect(await outboxRows(overdue.id)).toBe(mails);
    expect(await sweep(app, t.organizationId)).toMatchObject({ raised: 0, resolved: 0, reopened: 0 });
  });

  it('a dismissed nudge stays dismissed when its reason comes back', async () => {
    const t = await overdueTeam();
    const [overdue] = await inboxOf(t.manager.client, 'OPEN');
    await t.manager.client.ok(DISMISS_NUDGE, { id: overdue.id });
    const { createDebrief } = await t.manager.client.ok(CREATE_DEBRIEF, { input: { reportId: t.report.id, heldOn: '2026-07-10', stages: ['PANEL'] } });
    await t.manager.client.ok(DELETE_DEBRIEF, { id: createDebrief.id });
    expect(await kindsAbout(t.manager.client, t.report.id)).toEqual(['PRACTICE_DUE_SOON:RESOLVED', 'PRACTICE_OVERDUE:DISMISSED']);
    expect(await sweep(app, t.organizationId)).toMatchObject({ raised: 0, reopened: 0 });
  });

  it('deleting the debrief of an interview leaves that debrief pending again', async () => {
    const t = await overdueTeam();
    const { createInterestingRole } = await t.report.client.ok(CREATE_ROLE, { input: { title: 'Staff Engineer at Globex' } });
    await t.report.client.ok(SHARE_ROLE, { id: createInterestingRole.id });
    await t.report.client.ok(ADD_INTERVIEW, { roleId: createInterestingRole.id, input: { heldOn: '2026-07-01', kind: 'TECHNICAL' } });
    expect(await kindsAbout(t.manager.client, t.report.id, 'OPEN')).toContain('DEBRIEF_PENDING:OPEN');
    const { createDebrief } = await t.manager.client.ok(CREATE_DEBRIEF, {
      input: { reportId: t.report.id, roleId: createInterestingRole.id, heldOn: '2026-07-09', wentWell: 'Calm under pressure' },
    });
    expect(await kindsAbout(t.manager.client, t.report.id, 'OPEN')).not.toContain('DEBRIEF_PENDING:OPEN');
    await t.manager.client.ok(DELETE_DEBRIEF, { id: createDebrief.id });
    expect(await kindsAbout(t.manager.client, t.report.id, 'OPEN')).toEqual(expect.arrayContaining(['DEBRIEF_PENDING:OPEN', 'PRACTICE_OVERDUE:OPEN']));
  });
});
