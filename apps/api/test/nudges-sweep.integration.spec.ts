import { SettableClock } from '../src/common/clock/clock';
import { signUpOrganization, TestOrganization, Member } from './builders';
import { CREATE_DEBRIEF, HOLD_CONVERSATION } from './growth-operations';
import { DEACTIVATE, UPDATE_PERSON } from './operations';
import { inboxOf, kindsAbout, organizationOf, sweep } from './nudges-support';
import { OPEN_NUDGE_COUNT, RUN_NUDGE_SWEEP, SNOOZE_NUDGE } from './nudges-operations';
import { ADD_INTERVIEW, CREATE_ROLE, DELETE_ROLE, REVOKE_ROLE, ROLE, SHARE_ROLE } from './roles-operations';
import { startTestApp, TestApp } from './test-app';

/**
 * The sweep end to end, with the clock set: each rule of DESIGN.md "Nudges" raises, keeps and
 * resolves nudges in the manager's inbox, through the API a person uses.
 */
describe('the nudge sweep', () => {
  const clock = new SettableClock('2026-06-01T10:00:00Z');
  let app: TestApp;
  beforeAll(async () => {
    // Long sessions, so that clients stay signed in while the clock jumps months ahead.
    app = await startTestApp({ clock, config: { sessionDays: 800, sessionMaxDays: 800 } });
  });
  afterAll(() => app.close());
  beforeEach(() => clock.set('2026-06-01T10:00:00Z'));

  interface Team {
    org: TestOrganization;
    organizationId: string;
    manager: Member;
    report: Member;
  }

  async function team(reportLevel = 'IC3'): Promise<Team> {
    const org = await signUpOrganization(app);
    const manager = await org.addMember({ name: 'Morgan Manager', levelKey: 'M1' });
    const report = await org.addMember({ name: 'Priya Report', managerId: manager.id, levelKey: reportLevel });
    return { org, organizationId: await organizationOf(app, report.id), manager, report };
  }

  async function sharedRole(member: Member, title: string): Promise<string> {
    const { createInterestingRole } = await member.client.ok(CREATE_ROLE, { input: { title } });
    await member.client.ok(SHARE_ROLE, { id: createInterestingRole.id });
    return createInterestingRole.id;
  }

  it('a new report is due soon from the day they join, still on the due day, overdue the day after', async () => {
    const t = await team();
    // Raised by the change of manager itself, with no sweep yet.
    expect(await inboxOf(t.manager.client)).toMatchObject([
      { kind: 'PRACTICE_DUE_SOON', status: 'OPEN', reportName: 'Priya Report', dueOn: '2026-07-01', target: { action: 'HOLD_PRACTICE_CONVERSATION', reportId: t.report.id, roleId: null, conversationKind: 'INTERVIEW_PRACTICE' } },
    ]);
    clock.set('2026-07-01T23:00:00Z');
    expect(await sweep(app, t.organizationId)).toMatchObject({ raised: 0, resolved: 0 });
    clock.set('2026-07-02T00:00:00Z');
    expect(await sweep(app, t.organizationId)).toMatchObject({ raised: 1, resolved: 1 });
    expect(await kindsAbout(t.manager.client, t.report.id)).toEqual(['PRACTICE_DUE_SOON:RESOLVED', 'PRACTICE_OVERDUE:OPEN']);
    // A second run finds everything in place.
    expect(await sweep(app, t.organizationId)).toMatchObject({ raised: 0, resolved: 0, readdressed: 0 });
    expect((await t.manager.client.ok(OPEN_NUDGE_COUNT)).openNudgeCount).toBe(1);
  });

  it('a practice conversation resolves it at once; the next one is due soon 30 days before the next due day', async () => {
    const t = await team();
    clock.set('2026-07-10T09:00:00Z');
    await sweep(app, t.organizationId);
    expect(await kindsAbout(t.manager.client, t.report.id, 'OPEN')).toEqual(['PRACTICE_OVERDUE:OPEN']);
    await t.manager.client.ok(HOLD_CONVERSATION, { input: { reportId: t.report.id, kind: 'INTERVIEW_PRACTICE', heldOn: '2026-07-10', notes: 'Practice talk held' } });
    expect(await kindsAbout(t.manager.client, t.report.id, 'OPEN')).toEqual([]);
    clock.set('2027-06-09T12:00:00Z');
    await sweep(app, t.organizationId);
    expect(await kindsAbout(t.manager.client, t.report.id, 'OPEN')).toEqual([]);
    clock.set('2027-06-10T00:00:00Z');
    await sweep(app, t.organizationId);
    expect((await inboxOf(t.manager.client, 'OPEN')).map((n) => [n.kind, n.dueOn])).toEqual([['PRACTICE_DUE_SOON', '2027-07-10']]);
  });

  it('an interview on a shared role that has passed leaves a debrief pending until the debrief', async () => {
    const t = await team();
    const roleId = await sharedRole(t.report, 'Staff Engineer at Globex');
    const privateRole = (await t.report.client.ok(CREATE_ROLE, { input: { title: 'Staff Engineer at Initech' } })).createInterestingRole.id;
    await t.report.client.ok(ADD_INTERVIEW, { roleId, input: { heldOn: '2026-06-01', kind: 'TECHNICAL' } });
    await t.report.client.ok(ADD_INTERVIEW, { roleId: privateRole, input: { heldOn: '2026-05-20', kind: 'TECHNICAL' } });
    // Today's interview has not passed; the one on the private role never counts.
    expect(await kindsAbout(t.manager.client, t.report.id, 'OPEN')).toEqual(['PRACTICE_DUE_SOON:OPEN', 'ROLE_SHARED:OPEN']);
    clock.set('2026-06-02T08:00:00Z');
    await sweep(app, t.organizationId);
    const pending = (await inboxOf(t.manager.client, 'OPEN')).find((n) => n.kind === 'DEBRIEF_PENDING');
    expect(pending).toMatchObject({ roleTitle: 'Staff Engineer at Globex', target: { action: 'WRITE_DEBRIEF', roleId, reportId: t.report.id } });
    await t.manager.client.ok(CREATE_DEBRIEF, { input: { reportId: t.report.id, roleId, heldOn: '2026-06-02', wentWell: 'Calm under pressure' } });
    // The debrief resolves the pending one, and it is practice too.
    expect(await kindsAbout(t.manager.client, t.report.id, 'OPEN')).toEqual(['ROLE_SHARED:OPEN']);
    expect(await sweep(app, t.organizationId)).toMatchObject({ raised: 0, resolved: 0 });
  });

  it('a same-level share suggests a satisfaction talk, unless one was held in the 90 days before', async () => {
    const t = await team('IC3');
    const roleId = await sharedRole(t.report, 'Senior Engineer at Globex');
    expect((await inboxOf(t.manager.client, 'OPEN')).find((n) => n.kind === 'SATISFACTION_TALK_SUGGESTED')).toMatchObject({
      roleTitle: 'Senior Engineer at Globex',
      target: { action: 'HOLD_SATISFACTION_CONVERSATION', roleId, conversationKind: 'SATISFACTION' },
    });
    await t.manager.client.ok(HOLD_CONVERSATION, { input: { reportId: t.report.id, kind: 'SATISFACTION', heldOn: '2026-06-01', roleId, notes: 'What keeps them here' } });
    expect(await kindsAbout(t.manager.client, t.report.id, 'OPEN')).toEqual(['PRACTICE_DUE_SOON:OPEN', 'ROLE_SHARED:OPEN']);

    // Another report had a satisfaction talk 60 days ago: a same-level share now needs none.
    const other = await t.org.addMember({ name: 'Sam Recent', managerId: t.manager.id, levelKey: 'IC3' });
    await t.manager.client.ok(HOLD_CONVERSATION, { input: { reportId: other.id, kind: 'SATISFACTION', heldOn: '2026-04-02', notes: 'What keeps them here' } });
    await sharedRole(other, 'Senior Engineer at Hooli');
    expect(await kindsAbout(t.manager.client, other.id, 'OPEN')).toEqual(['PRACTICE_DUE_SOON:OPEN', 'ROLE_SHARED:OPEN']);
    // A step-up share never suggests one.
    await sharedRole(other, 'Principal Engineer at Hooli');
    expect(await kindsAbout(t.manager.client, other.id, 'OPEN')).toEqual(['PRACTICE_DUE_SOON:OPEN', 'ROLE_SHARED:OPEN', 'ROLE_SHARED:OPEN']);
  });

  it('opening a shared role resolves ROLE_SHARED; revoking or deleting resolves what is left and hides the title', async () => {
    const t = await team('IC3');
    const roleId = await sharedRole(t.report, 'Senior Engineer at Globex');
    await t.manager.client.ok(ROLE, { id: roleId });
    expect(await kindsAbout(t.manager.client, t.report.id, 'OPEN')).toEqual(['PRACTICE_DUE_SOON:OPEN', 'SATISFACTION_TALK_SUGGESTED:OPEN']);
    await t.report.client.ok(REVOKE_ROLE, { id: roleId });
    const afterRevoke = await inboxOf(t.manager.client);
    expect(afterRevoke.filter((n) => n.status === 'OPEN').map((n) => n.kind)).toEqual(['PRACTICE_DUE_SOON']);
    for (const n of afterRevoke.filter((n) => n.target.action !== 'HOLD_PRACTICE_CONVERSATION')) expect(n).toMatchObject({ roleTitle: null, target: { roleId: null } });
    // Shared again, later: a new sharing, a new first look to wait for.
    clock.set('2026-06-01T11:00:00Z');
    await t.report.client.ok(SHARE_ROLE, { id: roleId });
    expect(await kindsAbout(t.manager.client, t.report.id, 'OPEN')).toEqual(['PRACTICE_DUE_SOON:OPEN', 'ROLE_SHARED:OPEN', 'SATISFACTION_TALK_SUGGESTED:OPEN']);
    await t.report.client.ok(DELETE_ROLE, { id: roleId });
    expect(await kindsAbout(t.manager.client, t.report.id, 'OPEN')).toEqual(['PRACTICE_DUE_SOON:OPEN']);
    expect(JSON.stringify(await inboxOf(t.manager.client))).not.toContain('Globex');
  });

  it('when the manager changes, open nudges follow the new manager and the former manager’s disappear', async () => {
    const t = await team();
    const roleId = await sharedRole(t.report, 'Staff Engineer at Globex');
    await t.report.client.ok(ADD_INTERVIEW, { roleId, input: { heldOn: '2026-05-30', kind: 'HIRING_MANAGER' } });
    await sweep(app, t.organizationId);
    const before = await inboxOf(t.manager.client);
    const roleShared = before.find((n) => n.kind === 'ROLE_SHARED')!;
    await t.manager.client.ok(SNOOZE_NUDGE, { id: roleShared.id, input: { duration: 'ONE_WEEK' } });
    const next = await t.org.addMember({ name: 'Noa Next', levelKey: 'M1' });

    clock.set('2026-06-03T09:00:00Z');
    await t.org.admin.client.ok(UPDATE_PERSON, { id: t.report.id, input: { managerId: next.id } });
    expect(await inboxOf(t.manager.client)).toEqual([]);
    expect((await t.manager.client.ok(OPEN_NUDGE_COUNT)).openNudgeCount).toBe(0);
    const after = await inboxOf(next.client);
    // The same nudges, open again for the new manager; practice starts over with them (due 30 days after taking over).
    expect(after.map((n) => `${n.kind}:${n.status}`).sort()).toEqual(['DEBRIEF_PENDING:OPEN', 'PRACTICE_DUE_SOON:OPEN', 'ROLE_SHARED:OPEN']);
    expect(after.find((n) => n.kind === 'ROLE_SHARED')?.id).toBe(roleShared.id);
    expect(after.find((n) => n.kind === 'PRACTICE_DUE_SOON')?.dueOn).toBe('2026-07-03');
    expect(after.find((n) => n.kind === 'DEBRIEF_PENDING')).toMatchObject({ roleTitle: 'Staff Engineer at Globex', target: { roleId } });
    expect(await sweep(app, t.organizationId)).toMatchObject({ raised: 0, resolved: 0, readdressed: 0 });
  });

  it('a deactivated report’s nudges resolve, and nothing more is raised about them', async () => {
    const t = await team();
    await sharedRole(t.report, 'Staff Engineer at Globex');
    expect(await kindsAbout(t.manager.client, t.report.id, 'OPEN')).toHaveLength(2);
    await t.org.admin.client.ok(DEACTIVATE, { id: t.report.id });
    expect(await inboxOf(t.manager.client)).toEqual([]);
    const rows: { status: string }[] = await app.db.query('SELECT status FROM nudges WHERE report_id = $1', [t.report.id]);
    expect(rows.map((r) => r.status)).toEqual(['RESOLVED', 'RESOLVED']);
    clock.set('2026-09-01T00:00:00Z');
    expect(await sweep(app, t.organizationId)).toMatchObject({ raised: 0 });
  });

  it('three sweeps at once raise one set, and a fourth raises nothing', async () => {
    const t = await team('IC3');
    const roles = await Promise.all(['Senior Engineer at A', 'Staff Engineer at B', 'Engineer at C'].map((title) => sharedRole(t.report, title)));
    await app.db.query(`INSERT INTO role_interviews (organization_id, role_id, held_on, kind) SELECT $1, id, '2026-05-25', 'TECHNICAL' FROM unnest($2::uuid[]) AS id`, [
      t.organizationId,
      roles,
    ]);
    // Nothing raised yet: as if the rows had come in since the last sweep.
    await app.db.query('DELETE FROM nudges WHERE organization_id = $1', [t.organizationId]);
    const results = await Promise.all([0, 1, 2].map(() => sweep(app, t.organizationId)));
    const [{ count }]: { count: number }[] = await app.db.query('SELECT count(*)::int AS count FROM nudges WHERE organization_id = $1', [t.organizationId]);
    // Practice due soon, three shares, three pending debriefs, one same-level role.
    expect(count).toBe(8);
    expect(results.reduce((sum, r) => sum + r.raised, 0)).toBe(8);
    expect((await t.org.admin.client.ok(RUN_NUDGE_SWEEP)).runNudgeSweep).toEqual({ raised: 0, resolved: 0, readdressed: 0 });
  });
});
