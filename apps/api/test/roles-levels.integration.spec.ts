import { codeOf, reasonOf } from './graphql-client';
import { buildHierarchy, Hierarchy } from './hierarchy';
import { CREATE_LEVEL, UPDATE_LEVEL, UPDATE_PERSON } from './operations';
import { CREATE_ROLE, ROLE, SET_ROLE_LEVEL, SHARE_ROLE, UPDATE_ROLE } from './roles-operations';
import { startTestApp, TestApp } from './test-app';

describe('role levels and stretch tags', () => {
  let app: TestApp;
  let h: Hierarchy;
  beforeAll(async () => {
    app = await startTestApp();
    h = await buildHierarchy(app);
  });
  afterAll(() => app.close());

  const create = async (title: string, client = h.owner.client) => (await client.ok(CREATE_ROLE, { input: { title } })).createInterestingRole;

  it.each([
    ['Staff Software Engineer', 'IC4', 'STEP_UP', false, 'HIGH'],
    ['Senior Backend Engineer', 'IC3', 'SAME_LEVEL', false, 'HIGH'],
    ['Sr. Engineer', 'IC3', 'SAME_LEVEL', false, 'HIGH'],
    ['Software Engineer', 'IC2', 'STEP_DOWN', false, 'LOW'],
    ['Engineer III', 'IC3', 'SAME_LEVEL', false, 'HIGH'],
    ['Senior Staff Engineer', 'IC5', 'STEP_UP', false, 'HIGH'],
    ['Engineering Manager', 'M1', 'STEP_UP', true, 'HIGH'],
    ['Director of Engineering', 'M3', 'STEP_UP', true, 'HIGH'],
    ['Seniority Analyst', 'IC2', 'STEP_DOWN', false, 'LOW'],
  ])('"%s" → %s, %s for an IC3 (track change %s)', async (title, levelKey, stretch, trackChange, confidence) => {
    const role = await create(title);
    expect(role).toMatchObject({ level: { key: levelKey }, stretch, trackChange, levelSource: 'INFERRED', levelConfidence: confidence });
  });

  it('is UNRATED while the report has no level', async () => {
    const member = await h.org.addMember({ name: 'No Level', managerId: h.manager.id });
    expect((await create('Staff Engineer', member.client)).stretch).toBe('UNRATED');
  });

  it('follows the report’s level: a promotion re-tags their roles', async () => {
    const member = await h.org.addMember({ name: 'Rising Star', managerId: h.manager.id, levelKey: 'IC3' });
    const role = await create('Staff Engineer', member.client);
    expect(role.stretch).toBe('STEP_UP');
    await h.org.admin.client.ok(UPDATE_PERSON, { id: member.id, input: { levelId: h.org.levelId('IC4') } });
    expect((await member.client.ok(ROLE, { id: role.id })).interestingRole.stretch).toBe('SAME_LEVEL');
  });

  it('flags a shared same-level role for a satisfaction conversation, not a private one', async () => {
    const role = await create('Senior Engineer');
    expect(role.satisfactionConversationSuggested).toBe(false);
    const { shareInterestingRole } = await h.owner.client.ok(SHARE_ROLE, { id: role.id });
    expect(shareInterestingRole.satisfactionConversationSuggested).toBe(true);
  });

  it('an override by the owner or manager shows as such and is never overwritten by inference', async () => {
    const role = await create('Software Engineer');
    const { setInterestingRoleLevel } = await h.owner.client.ok(SET_ROLE_LEVEL, { id: role.id, levelKey: 'IC4' });
    expect(setInterestingRoleLevel).toMatchObject({ level: { key: 'IC4' }, levelSource: 'OWNER', levelConfidence: null, levelSetBy: { name: 'Riley Report' } });
    const renamed = await h.owner.client.ok(UPDATE_ROLE, { id: role.id, input: { title: 'Principal Engineer' } });
    expect(renamed.updateInterestingRole).toMatchObject({ level: { key: 'IC4' }, levelSource: 'OWNER' });
    await h.owner.client.ok(SHARE_ROLE, { id: role.id });
    const byManager = await h.manager.client.ok(SET_ROLE_LEVEL, { id: role.id, levelKey: 'IC5' });
    expect(byManager.setInterestingRoleLevel).toMatchObject({ level: { key: 'IC5' }, levelSource: 'MANAGER', levelSetBy: { name: 'Morgan Manager' } });
    const reset = await h.owner.client.ok(SET_ROLE_LEVEL, { id: role.id, levelKey: null });
    expect(reset.setInterestingRoleLevel).toMatchObject({ level: { key: 'IC6' }, levelSource: 'INFERRED', levelSetBy: null });
  });

  it('re-infers inferred levels when the ladder changes, leaving set levels alone', async () => {
    const inferred = await create('Lead Platform Engineer');
    const set = await create('Lead Data Engineer');
    await h.owner.client.ok(SET_ROLE_LEVEL, { id: set.id, levelKey: 'IC4' });
    expect(inferred.level?.key).toBe('IC4');
    await h.org.admin.client.ok(CREATE_LEVEL, { input: { key: 'L-LEAD', name: 'Lead', track: 'IC', rank: 4, keywords: ['lead platform'] } });
    expect((await h.owner.client.ok(ROLE, { id: inferred.id })).interestingRole.level?.key).toBe('L-LEAD');
    await h.org.admin.client.ok(UPDATE_LEVEL, { id: h.org.levelId('IC4'), input: { keywords: ['staff', 'lead', 'tech lead', 'lead data'] } });
    expect((await h.owner.client.ok(ROLE, { id: set.id })).interestingRole).toMatchObject({ level: { key: 'IC4' }, levelSource: 'OWNER' });
  });

  it('refuses an unknown level key and changes nothing', async () => {
    const role = await create('Staff Engineer');
    const result = await h.owner.client.request(SET_ROLE_LEVEL, { id: role.id, levelKey: 'IC99' });
    expect([codeOf(result), reasonOf(result)]).toEqual(['BAD_USER_INPUT', 'UNKNOWN_LEVEL']);
    expect((await h.owner.client.ok(ROLE, { id: role.id })).interestingRole).toMatchObject({ level: { key: 'IC4' }, levelSource: 'INFERRED' });
  });
});
