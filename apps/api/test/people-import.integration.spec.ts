import { codeOf, reasonOf } from './graphql-client';
import { signUpOrganization, unique } from './builders';
import { IMPORT, PERSON } from './operations';
import { startTestApp, TestApp } from './test-app';

describe('importing people from CSV', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  const countPeople = async () => (await app.db.query('SELECT count(*)::int AS n FROM people'))[0].n as number;
  const countLines = async () => (await app.db.query('SELECT count(*)::int AS n FROM reporting_lines'))[0].n as number;

  it('creates people with levels and managers from the file, in any row order', async () => {
    const org = await signUpOrganization(app);
    const d = unique('x');
    const csv = [
      'email,name,title,level,manager email',
      `eng1-${d}@example.com,Eve Engineer,Senior Engineer,IC3,lead-${d}@example.com`,
      `lead-${d}@example.com,Lee Lead,Engineering Manager,M1,${org.admin.email}`,
      `"eng2-${d}@example.com","Quinn, Jr.",Engineer,,lead-${d}@example.com`,
    ].join('\n');
    const { importPeople } = await org.admin.client.ok(IMPORT, { input: { csv } });
    expect(importPeople).toMatchObject({ applied: true, dryRun: false, created: 3, updated: 0, rejected: 0 });
    expect(importPeople.rows.map((r) => [r.line, r.outcome])).toEqual([[2, 'CREATED'], [3, 'CREATED'], [4, 'CREATED']]);
    const [lead] = await app.db.query('SELECT id, status FROM people WHERE email = $1', [`lead-${d}@example.com`]);
    expect(lead.status).toBe('INVITED');
    const { person } = await org.admin.client.ok(PERSON, { id: lead.id });
    expect(person).toMatchObject({ level: { key: 'M1' }, manager: { id: org.admin.id } });
    expect(person.directReports.map((p) => p.name).sort()).toEqual(['Eve Engineer', 'Quinn, Jr.']);
  });

  it('updates existing people and reports what changed; an identical second run changes nothing', async () => {
    const org = await signUpOrganization(app);
    const member = await org.addMember({ name: 'Old Name' });
    const csv = `email,name,title,level\n${member.email},New Name,Staff Engineer,IC4`;
    const first = await org.admin.client.ok(IMPORT, { input: { csv } });
    expect(first.importPeople.rows[0]).toMatchObject({ outcome: 'UPDATED' });
    expect(first.importPeople.rows[0].messages).toEqual(expect.arrayContaining(['name: Old Name → New Name', 'level: — → IC4']));
    const second = await org.admin.client.ok(IMPORT, { input: { csv } });
    expect(second.importPeople).toMatchObject({ applied: true, unchanged: 1, updated: 0 });
  });

  it('rejects the whole file when any row is bad, explains each row, and writes nothing', async () => {
    const org = await signUpOrganization(app);
    const other = await signUpOrganization(app);
    const d = unique('x');
    const csv = [
      'email,name,title,level,manager email',
      `good-${d}@example.com,Good Row,Engineer,IC2,`,
      `not-an-email,Bad Email,,,`,
      `nolevel-${d}@example.com,Bad Level,,IC99,`,
      `nomgr-${d}@example.com,Bad Manager,,,ghost-${d}@example.com`,
      `${other.admin.email},Elsewhere,,,`,
      `good-${d}@example.com,Duplicate,,,`,
      `,No Email,,,`,
    ].join('\n');
    const [people, lines] = [await countPeople(), await countLines()];
    const { importPeople } = await org.admin.client.ok(IMPORT, { input: { csv } });
    expect(importPeople).toMatchObject({ applied: false, created: 1, rejected: 6 });
    const byLine = Object.fromEntries(importPeople.rows.map((r) => [r.line, r.messages.join(' | ')]));
    expect(byLine[3]).toContain('"not-an-email" is not a valid email address');
    expect(byLine[4]).toContain('level "IC99" is not on the ladder');
    expect(byLine[5]).toContain('is neither in this file nor in the organization');
    expect(byLine[6]).toContain('already has an Onward account in another organization');
    expect(byLine[7]).toContain('is also on line 2');
    expect(byLine[8]).toContain('email is missing');
    expect([await countPeople(), await countLines()]).toEqual([people, lines]);
  });

  it('rejects rows that would close a reporting loop, with the loop spelled out', async () => {
    const org = await signUpOrganization(app);
    const d = unique('x');
    const csv = ['email,name,manager email', `a-${d}@example.com,A,b-${d}@example.com`, `b-${d}@example.com,B,a-${d}@example.com`, `c-${d}@example.com,C,`].join('\n');
    const people = await countPeople();
    const { importPeople } = await org.admin.client.ok(IMPORT, { input: { csv } });
    expect(importPeople).toMatchObject({ applied: false, rejected: 2 });
    expect(importPeople.rows[0].messages[0]).toBe(`reporting lines would form a loop: a-${d}@example.com → b-${d}@example.com → a-${d}@example.com`);
    expect(await countPeople()).toBe(people);
  });

  it('can swap a manager and report in one file, which one-by-one edits could not', async () => {
    const org = await signUpOrganization(app);
    const boss = await org.addMember({ name: 'Boss' });
    const report = await org.addMember({ name: 'Report', managerId: boss.id });
    const csv = `email,name,manager email\n${report.email},Report,\n${boss.email},Boss,${report.email}`;
    const { importPeople } = await org.admin.client.ok(IMPORT, { input: { csv } });
    expect(importPeople).toMatchObject({ applied: true, updated: 2 });
    expect((await org.admin.client.ok(PERSON, { id: boss.id })).person.manager?.id).toBe(report.id);
  });

  it('a dry run reports without writing', async () => {
    const org = await signUpOrganization(app);
    const people = await countPeople();
    const { importPeople } = await org.admin.client.ok(IMPORT, { input: { csv: `email,name\n${unique('d')}@example.com,Dry`, dryRun: true } });
    expect(importPeople).toMatchObject({ applied: false, dryRun: true, created: 1 });
    expect(await countPeople()).toBe(people);
  });

  it.each([
    ['an empty file', ''],
    ['no email column', 'name,title\nA,B'],
    ['an unclosed quote', 'email,name\n"a@example.com,A'],
  ])('refuses %s with BAD_USER_INPUT', async (_, csv) => {
    const org = await signUpOrganization(app);
    const result = await org.admin.client.request(IMPORT, { input: { csv } });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    void reasonOf;
  });

  it('only admins import', async () => {
    const org = await signUpOrganization(app);
    const member = await org.addMember();
    expect(codeOf(await member.client.request(IMPORT, { input: { csv: 'email,name\nx@example.com,X' } }))).toBe('FORBIDDEN');
    expect(codeOf(await app.client().request(IMPORT, { input: { csv: 'email,name\nx@example.com,X' } }))).toBe('UNAUTHENTICATED');
  });
});
