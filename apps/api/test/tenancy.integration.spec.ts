import { codeOf } from './graphql-client';
import { signUpOrganization, tokenOf, unique } from './builders';
import {
  DEACTIVATE, DELETE_LEVEL, IMPORT, INVITE, LEVELS, ME, ORGANIZATION, PEOPLE, PERSON, REISSUE, UPDATE_LEVEL, UPDATE_ORGANIZATION, UPDATE_PERSON,
} from './operations';
import { startTestApp, TestApp } from './test-app';

/** Nothing crosses organizations: an admin of another one sees and changes nothing of this one. */
describe('organizations are isolated', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  async function twoOrganizations() {
    const home = await signUpOrganization(app, unique('Home'));
    const member = await home.addMember({ name: 'Home Member', managerId: home.admin.id });
    const { invitePerson } = await home.admin.client.ok(INVITE, { input: { email: `${unique('p')}@example.com`, name: 'Pending' } });
    const other = await signUpOrganization(app, unique('Other'));
    return { home, member, pendingId: invitePerson.person.id, pendingToken: tokenOf(invitePerson.url), intruder: other.admin.client };
  }

  it('cannot read a person of another organization: it looks missing', async () => {
    const { home, member, intruder } = await twoOrganizations();
    for (const id of [member.id, home.admin.id]) {
      const result = await intruder.request(PERSON, { id });
      expect(codeOf(result)).toBe('NOT_FOUND');
      expect(result.errors?.[0].message).toBe('No such person.');
    }
    const missing = await intruder.request(PERSON, { id: '00000000-0000-4000-8000-000000000000' });
    expect(missing.errors?.[0]).toEqual(expect.objectContaining({ message: 'No such person.' }));
  });

  it('lists, levels and settings show only their own organization', async () => {
    const { home, intruder } = await twoOrganizations();
    const { people } = await intruder.ok(PEOPLE, { first: 100 });
    expect(people.totalCount).toBe(1);
    const theirLevels = (await intruder.ok(LEVELS)).levels.map((l) => l.id);
    expect(theirLevels).not.toContain(home.levelId('IC3'));
    const { organization } = await intruder.ok(ORGANIZATION);
    expect((await home.admin.client.ok(ORGANIZATION)).organization.id).not.toBe(organization.id);
  });

  it('cannot change, deactivate or re-invite anyone of another organization', async () => {
    const { home, member, pendingId, intruder } = await twoOrganizations();
    expect(codeOf(await intruder.request(UPDATE_PERSON, { id: member.id, input: { title: 'Hacked' } }))).toBe('NOT_FOUND');
    expect(codeOf(await intruder.request(DEACTIVATE, { id: member.id }))).toBe('NOT_FOUND');
    expect(codeOf(await intruder.request(REISSUE, { personId: pendingId }))).toBe('NOT_FOUND');
    const { person } = await home.admin.client.ok(PERSON, { id: member.id });
    expect(person).toMatchObject({ title: null, status: 'ACTIVE' });
    expect((await member.client.ok(ME)).me?.id).toBe(member.id);
  });

  it('cannot make someone of another organization their manager or report', async () => {
    const { home, member, intruder } = await twoOrganizations();
    const me = (await intruder.ok(ME)).me!;
    expect(codeOf(await intruder.request(UPDATE_PERSON, { id: me.id, input: { managerId: member.id } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await home.admin.client.request(UPDATE_PERSON, { id: member.id, input: { managerId: me.id } }))).toBe('BAD_USER_INPUT');
  });

  it('cannot use or change another organization’s ladder', async () => {
    const { home, member, intruder } = await twoOrganizations();
    expect(codeOf(await intruder.request(UPDATE_LEVEL, { id: home.levelId('IC3'), input: { name: 'Hacked' } }))).toBe('NOT_FOUND');
    expect(codeOf(await intruder.request(DELETE_LEVEL, { id: home.levelId('IC7') }))).toBe('NOT_FOUND');
    const me = (await intruder.ok(ME)).me!;
    expect(codeOf(await intruder.request(UPDATE_PERSON, { id: me.id, input: { levelId: home.levelId('IC3') } }))).toBe('BAD_USER_INPUT');
    expect((await member.client.ok(LEVELS)).levels.find((l) => l.key === 'IC3')?.name).toBe('Senior');
  });

  it('cannot import people into or over another organization', async () => {
    const { member, intruder } = await twoOrganizations();
    const { importPeople } = await intruder.ok(IMPORT, { input: { csv: `email,name\n${member.email},Stolen` } });
    expect(importPeople.applied).toBe(false);
    expect((await member.client.ok(ME)).me?.name).toBe('Home Member');
  });

  it('settings changes stay in their own organization', async () => {
    const { home, intruder } = await twoOrganizations();
    await intruder.ok(UPDATE_ORGANIZATION, { input: { practiceCadenceMonths: 6 } });
    expect((await home.admin.client.ok(ORGANIZATION)).organization.practiceCadenceMonths).toBe(12);
  });
});
