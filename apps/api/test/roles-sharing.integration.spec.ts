import { codeOf, reasonOf } from './graphql-client';
import type { CreateInterestingRoleInput } from './generated/graphql';
import { buildHierarchy, Hierarchy } from './hierarchy';
import { UPDATE_PERSON } from './operations';
import { COMMENT, CREATE_ROLE, EXPORT, REVOKE_ROLE, ROLE, SHARED_WITH_ME, SHARE_ROLE, UPDATE_ROLE } from './roles-operations';
import { startTestApp, TestApp } from './test-app';

describe('sharing, revoking and who sees what', () => {
  let app: TestApp;
  let h: Hierarchy;
  beforeAll(async () => {
    app = await startTestApp();
    h = await buildHierarchy(app);
  });
  afterAll(() => app.close());

  async function sharedRole(input: Partial<CreateInterestingRoleInput> = {}) {
    const { createInterestingRole } = await h.owner.client.ok(CREATE_ROLE, { input: { title: 'Staff Engineer', company: 'Globex', ...input } });
    await h.owner.client.ok(SHARE_ROLE, { id: createInterestingRole.id, message: 'Could be a step up' });
    return createInterestingRole.id;
  }

  it('the manager sees a shared role in their inbox as a summary, and its message on opening it, until it is revoked', async () => {
    const id = await sharedRole();
    const inbox = await h.manager.client.ok(SHARED_WITH_ME);
    const item = inbox.sharedWithMe.edges.find((e) => e.node.id === id)?.node;
    expect(item).toMatchObject({ stretch: 'STEP_UP', unread: true, owner: { id: h.owner.id, level: { key: 'IC3' } } });
    expect(JSON.stringify(inbox)).not.toContain('Could be a step up');
    expect((await h.manager.client.ok(ROLE, { id })).interestingRole).toMatchObject({ shareMessage: 'Could be a step up' });
    await h.owner.client.ok(REVOKE_ROLE, { id });
    expect(codeOf(await h.manager.client.request(ROLE, { id }))).toBe('NOT_FOUND');
    const after = await h.manager.client.ok(SHARED_WITH_ME);
    expect(after.sharedWithMe.edges.map((e) => e.node.id)).not.toContain(id);
    expect(codeOf(await h.manager.client.request(COMMENT, { id, body: 'still there?' }))).toBe('NOT_FOUND');
  });

  it('a former manager loses access the moment the reporting line changes; the new one gains it', async () => {
    const org = h.org;
    const report = await org.addMember({ name: 'Jordan Mover', managerId: h.formerManager.id, levelKey: 'IC2' });
    const { createInterestingRole } = await report.client.ok(CREATE_ROLE, { input: { title: 'Senior Engineer' } });
    await report.client.ok(SHARE_ROLE, { id: createInterestingRole.id });
    await h.formerManager.client.ok(ROLE, { id: createInterestingRole.id });
    await org.admin.client.ok(UPDATE_PERSON, { id: report.id, input: { managerId: h.manager.id } });
    expect(codeOf(await h.formerManager.client.request(ROLE, { id: createInterestingRole.id }))).toBe('NOT_FOUND');
    expect((await h.formerManager.client.ok(SHARED_WITH_ME)).sharedWithMe.totalCount).toBe(0);
    expect((await h.manager.client.ok(ROLE, { id: createInterestingRole.id })).interestingRole.owner?.name).toBe('Jordan Mover');
  });

  it('“what would it take” never reaches the manager unless the report shares that answer', async () => {
    const id = await sharedRole({ whatWouldItTake: 'A principal title and fully remote' });
    const asManager = async () => (await h.manager.client.ok(ROLE, { id })).interestingRole.checklist;
    expect(await asManager()).toMatchObject({ whatWouldItTake: null, whatWouldItTakeShared: false });
    const inbox = await h.manager.client.ok(SHARED_WITH_ME);
    expect(JSON.stringify(inbox)).not.toContain('principal title');
    expect((await h.owner.client.ok(ROLE, { id })).interestingRole.checklist.whatWouldItTake).toBe('A principal title and fully remote');
    await h.owner.client.ok(UPDATE_ROLE, { id, input: { whatWouldItTakeShared: true } });
    expect((await asManager()).whatWouldItTake).toBe('A principal title and fully remote');
    await h.owner.client.ok(UPDATE_ROLE, { id, input: { whatWouldItTakeShared: false } });
    expect((await asManager()).whatWouldItTake).toBeNull();
  });

  it('warns when the answer says nothing would make them move, and only whoever may read the answer sees the warning', async () => {
    const id = await sharedRole({ whatWouldItTake: 'Honestly, nothing would make me move.' });
    expect((await h.owner.client.ok(ROLE, { id })).interestingRole.checklist.nothingWouldMakeMeMove).toBe(true);
    expect((await h.manager.client.ok(ROLE, { id })).interestingRole.checklist.nothingWouldMakeMeMove).toBe(false);
  });

  it('records every read by someone other than the owner; the owner sees who and when', async () => {
    const id = await sharedRole();
    await h.owner.client.ok(ROLE, { id });
    await h.manager.client.ok(ROLE, { id });
    await h.manager.client.ok(ROLE, { id });
    const { interestingRole } = await h.owner.client.ok(ROLE, { id });
    expect(interestingRole.views?.map((v) => v.viewer?.name)).toEqual(['Morgan Manager', 'Morgan Manager']);
    expect((await h.manager.client.ok(ROLE, { id })).interestingRole.views).toBeNull();
  });

  it('keeps a thread between the two on a shared role, and refuses one on a private role', async () => {
    const id = await sharedRole();
    await h.manager.client.ok(COMMENT, { id, body: 'Nice! Want to prep together?' });
    await h.owner.client.ok(COMMENT, { id, body: 'Yes please' });
    const { interestingRole } = await h.manager.client.ok(ROLE, { id });
    expect(interestingRole.comments).toEqual([
      { body: 'Nice! Want to prep together?', author: { name: 'Morgan Manager' } },
      { body: 'Yes please', author: { name: 'Riley Report' } },
    ]);
    const { createInterestingRole } = await h.owner.client.ok(CREATE_ROLE, { input: { title: 'Quiet one' } });
    expect(reasonOf(await h.owner.client.request(COMMENT, { id: createInterestingRole.id, body: 'hm' }))).toBe('NOT_SHARED');
  });

  it('cannot share without a manager', async () => {
    const { createInterestingRole } = await h.org.admin.client.ok(CREATE_ROLE, { input: { title: 'CTO' } });
    const result = await h.org.admin.client.request(SHARE_ROLE, { id: createInterestingRole.id });
    expect([codeOf(result), reasonOf(result)]).toEqual(['CONFLICT', 'NO_MANAGER']);
  });

  it('exports everything the owner keeps as one JSON document', async () => {
    const id = await sharedRole({ myWhy: 'Platform work', whatWouldItTake: 'A bigger scope' });
    await h.manager.client.ok(COMMENT, { id, body: 'Let us talk' });
    await h.manager.client.ok(ROLE, { id });
    const exported = JSON.parse((await h.owner.client.ok(EXPORT)).exportMyData);
    expect(exported.person.name).toBe('Riley Report');
    const role = exported.interestingRoles.find((r: { checklist: { myWhy: string } }) => r.checklist.myWhy === 'Platform work');
    expect(role).toMatchObject({ title: 'Staff Engineer', checklist: { whatWouldItTake: 'A bigger scope' }, level: { key: 'IC4', source: 'INFERRED' } });
    expect(role.comments).toEqual([expect.objectContaining({ author: 'Morgan Manager', body: 'Let us talk' })]);
    expect(role.accessLog).toEqual([expect.objectContaining({ viewer: 'Morgan Manager' })]);
  });
});
