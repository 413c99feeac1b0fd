import { codeOf, reasonOf } from './graphql-client';
import { PASSWORD, signUpOrganization } from './builders';
import { DEACTIVATE, LOG_IN, ME, PEOPLE, PERSON, UPDATE_PERSON } from './operations';
import { startTestApp, TestApp } from './test-app';

describe('people and reporting lines', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('each side sees the other once a manager is set', async () => {
    const org = await signUpOrganization(app);
    const report = await org.addMember({ managerId: org.admin.id, levelKey: 'IC2' });
    expect((await report.client.ok(ME)).me?.manager).toEqual({ id: org.admin.id, name: org.admin.name });
    expect((await org.admin.client.ok(ME)).me?.directReports).toEqual([{ id: report.id, name: report.name }]);
  });

  it('records every change of manager with its dates', async () => {
    const org = await signUpOrganization(app);
    const first = await org.addMember();
    const second = await org.addMember();
    const report = await org.addMember({ managerId: first.id });
    await org.admin.client.ok(UPDATE_PERSON, { id: report.id, input: { managerId: second.id } });
    await org.admin.client.ok(UPDATE_PERSON, { id: report.id, input: { managerId: null } });
    const lines = await app.db.query(
      'SELECT manager_id, started_at, ended_at, changed_by_id FROM reporting_lines WHERE report_id = $1 ORDER BY started_at',
      [report.id],
    );
    expect(lines.map((l: { manager_id: string }) => l.manager_id)).toEqual([first.id, second.id]);
    expect(lines.every((l: { ended_at: Date | null; changed_by_id: string }) => l.ended_at !== null && l.changed_by_id === org.admin.id)).toBe(true);
    expect((await report.client.ok(ME)).me?.manager).toBeNull();
  });

  it('refuses a reporting loop with a clear error and changes nothing', async () => {
    const org = await signUpOrganization(app);
    const a = await org.addMember({ name: 'Alex Top' });
    const b = await org.addMember({ name: 'Blair Middle', managerId: a.id });
    const c = await org.addMember({ name: 'Casey Bottom', managerId: b.id });
    const loop = await org.admin.client.request(UPDATE_PERSON, { id: a.id, input: { managerId: c.id, title: 'Changed' } });
    expect(codeOf(loop)).toBe('BAD_USER_INPUT');
    expect(reasonOf(loop)).toBe('MANAGER_CYCLE');
    expect(loop.errors?.[0].message).toBe('Casey Bottom already reports to Alex Top, directly or through others; that would make a loop.');
    const self = await org.admin.client.request(UPDATE_PERSON, { id: a.id, input: { managerId: a.id } });
    expect(reasonOf(self)).toBe('MANAGER_CYCLE');
    const { person } = await org.admin.client.ok(PERSON, { id: a.id });
    expect(person).toMatchObject({ title: null, manager: null });
  });

  it('sets title and level, and clears them', async () => {
    const org = await signUpOrganization(app);
    const member = await org.addMember();
    const { updatePerson } = await org.admin.client.ok(UPDATE_PERSON, { id: member.id, input: { title: 'Staff Engineer', levelId: org.levelId('IC4') } });
    expect(updatePerson).toMatchObject({ title: 'Staff Engineer', level: { key: 'IC4' } });
    const cleared = await org.admin.client.ok(UPDATE_PERSON, { id: member.id, input: { title: '', levelId: null } });
    expect(cleared.updatePerson).toMatchObject({ title: null, level: null });
  });

  it('locks a deactivated person out at once: sessions end and log-in fails', async () => {
    const org = await signUpOrganization(app);
    const member = await org.addMember();
    await org.admin.client.ok(DEACTIVATE, { id: member.id });
    expect((await member.client.ok(ME)).me).toBeNull();
    const login = await app.client().request(LOG_IN, { input: { email: member.email, password: PASSWORD } });
    expect(codeOf(login)).toBe('UNAUTHENTICATED');
    expect(codeOf(await org.admin.client.request(DEACTIVATE, { id: member.id }))).toBe('CONFLICT');
  });

  it('a deactivated person cannot become anyone’s manager', async () => {
    const org = await signUpOrganization(app);
    const gone = await org.addMember();
    const member = await org.addMember();
    await org.admin.client.ok(DEACTIVATE, { id: gone.id });
    const result = await org.admin.client.request(UPDATE_PERSON, { id: member.id, input: { managerId: gone.id } });
    expect(reasonOf(result)).toBe('MANAGER_INACTIVE');
  });

  it('keeps at least one active admin', async () => {
    const org = await signUpOrganization(app);
    expect(reasonOf(await org.admin.client.request(DEACTIVATE, { id: org.admin.id }))).toBe('LAST_ADMIN');
    expect(reasonOf(await org.admin.client.request(UPDATE_PERSON, { id: org.admin.id, input: { isAdmin: false } }))).toBe('LAST_ADMIN');
  });

  it('only admins change people or list everyone', async () => {
    const org = await signUpOrganization(app);
    const member = await org.addMember();
    expect(codeOf(await member.client.request(UPDATE_PERSON, { id: member.id, input: { title: 'CEO' } }))).toBe('FORBIDDEN');
    expect(codeOf(await member.client.request(DEACTIVATE, { id: org.admin.id }))).toBe('FORBIDDEN');
    expect(codeOf(await member.client.request(PEOPLE))).toBe('FORBIDDEN');
    expect((await member.client.ok(PERSON, { id: org.admin.id })).person.id).toBe(org.admin.id);
  });

  it('pages through people by name with a cursor and searches', async () => {
    const org = await signUpOrganization(app);
    for (const name of ['Zoe Zed', 'Ann Able', 'Mo Middle']) await org.addMember({ name });
    const first = await org.admin.client.ok(PEOPLE, { first: 2 });
    expect(first.people.totalCount).toBe(4);
    expect(first.people.edges.map((e) => e.node.name)).toEqual(['Admin of ' + (await org.admin.client.ok(ME)).me?.name.replace('Admin of ', ''), 'Ann Able'].sort());
    const second = await org.admin.client.ok(PEOPLE, { first: 2, after: first.people.pageInfo.endCursor });
    expect(second.people.pageInfo.hasNextPage).toBe(false);
    expect(second.people.edges).toHaveLength(2);
    const search = await org.admin.client.ok(PEOPLE, { search: 'midd' });
    expect(search.people.edges.map((e) => e.node.name)).toEqual(['Mo Middle']);
    expect(codeOf(await org.admin.client.request(PEOPLE, { after: 'garbage' }))).toBe('BAD_USER_INPUT');
  });

  it.each([
    [{ name: '' }],
    [{ name: '   ' }],
    [{ name: 'x'.repeat(121) }],
    [{ managerId: 'not-a-uuid' }],
    [{ levelId: 'not-a-uuid' }],
    [{ title: 't'.repeat(121) }],
  ])('rejects %j with BAD_USER_INPUT and changes nothing', async (input) => {
    const org = await signUpOrganization(app);
    const member = await org.addMember({ name: 'Steady Name' });
    const result = await org.admin.client.request(UPDATE_PERSON, { id: member.id, input });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect((await org.admin.client.ok(PERSON, { id: member.id })).person).toMatchObject({ name: 'Steady Name', title: null, manager: null });
  });

  it('a failed manager change in one request leaves the other fields unchanged (one transaction)', async () => {
    const org = await signUpOrganization(app);
    const member = await org.addMember({ name: 'Kept Name' });
    const result = await org.admin.client.request(UPDATE_PERSON, {
      id: member.id,
      input: { name: 'New Name', managerId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(reasonOf(result)).toBe('MANAGER_NOT_FOUND');
    expect((await org.admin.client.ok(PERSON, { id: member.id })).person.name).toBe('Kept Name');
  });
});
