import { SettableClock } from '../src/common/clock/clock';
import { PracticeService } from '../src/practice/practice.service';
import { actAsSystem } from '../src/auth/viewer';
import type { Member } from './builders';
import { codeOf, reasonOf } from './graphql-client';
import { CREATE_DEBRIEF, DEBRIEFS, HOLD_CONVERSATION, PRACTICE_STATUS, TEAM_PAGE } from './growth-operations';
import { buildHierarchy, Hierarchy, PERSONAS } from './hierarchy';
import { UPDATE_PERSON } from './operations';
import { EARLIER_RECORD_SHARING, SHARE_EARLIER_RECORDS, STOP_SHARING_EARLIER_RECORDS } from './record-sharing-operations';
import { EXPORT } from './roles-operations';
import { startTestApp, TestApp } from './test-app';

const TODAY = '2026-12-01';

describe('a report shares the records they had with earlier managers', () => {
  const clock = new SettableClock(`${TODAY}T10:00:00Z`);
  let app: TestApp;
  let h: Hierarchy;
  beforeAll(async () => {
    app = await startTestApp({ clock });
    h = await buildHierarchy(app);
  });
  afterAll(() => app.close());

  /** A report who practised with the former manager, then moved to the manager. */
  async function moverWithEarlierPractice(): Promise<{ mover: Member; debriefId: string }> {
    const mover = await h.org.addMember({ name: 'Sam Switch', managerId: h.formerManager.id, levelKey: 'IC2' });
    const { createDebrief } = await h.formerManager.client.ok(CREATE_DEBRIEF, { input: { reportId: mover.id, heldOn: '2026-09-01', wentWell: 'Earlier insight' } });
    await h.formerManager.client.ok(HOLD_CONVERSATION, { input: { reportId: mover.id, kind: 'INTERVIEW_PRACTICE', heldOn: '2026-10-01', notes: 'Practice talk held' } });
    await h.org.admin.client.ok(UPDATE_PERSON, { id: mover.id, input: { managerId: h.manager.id } });
    return { mover, debriefId: createDebrief.id };
  }

  const debriefIdsSeenBy = async (client: Member['client'], reportId: string) => (await client.ok(DEBRIEFS, { reportId })).debriefs.map((d) => d.id);

  it('one action shares them, one stops; both take effect on the next request and stay in the report’s history', async () => {
    const { mover, debriefId } = await moverWithEarlierPractice();
    expect((await mover.client.ok(EARLIER_RECORD_SHARING)).earlierRecordSharing).toEqual({ sharedWithCurrentManager: false, earlierRecordCount: 2, history: [] });
    expect(await debriefIdsSeenBy(h.manager.client, mover.id)).toEqual([]);

    const shared = (await mover.client.ok(SHARE_EARLIER_RECORDS)).shareEarlierRecords;
    expect(shared).toMatchObject({ sharedWithCurrentManager: true, history: [{ active: true, startedAt: `${TODAY}T10:00:00.000Z`, endedAt: null, manager: { id: h.manager.id } }] });
    expect(await debriefIdsSeenBy(h.manager.client, mover.id)).toEqual([debriefId]);
    expect((await mover.client.ok(SHARE_EARLIER_RECORDS)).shareEarlierRecords.history).toHaveLength(1);

    clock.advanceDays(1);
    const stopped = (await mover.client.ok(STOP_SHARING_EARLIER_RECORDS)).stopSharingEarlierRecords;
    expect(stopped).toMatchObject({ sharedWithCurrentManager: false, history: [{ active: false, endedReason: 'STOPPED', endedAt: '2026-12-02T10:00:00.000Z' }] });
    expect(await debriefIdsSeenBy(h.manager.client, mover.id)).toEqual([]);
    const again = await mover.client.request(STOP_SHARING_EARLIER_RECORDS);
    expect([codeOf(again), reasonOf(again)]).toEqual(['CONFLICT', 'NOT_SHARING']);
    clock.set(`${TODAY}T10:00:00Z`);
  });

  it('a share is with one manager: it ends when the manager changes and never reaches the next one', async () => {
    const { mover } = await moverWithEarlierPractice();
    await mover.client.ok(SHARE_EARLIER_RECORDS);
    await h.org.admin.client.ok(UPDATE_PERSON, { id: mover.id, input: { managerId: h.skipLevel.id } });
    expect(await debriefIdsSeenBy(h.skipLevel.client, mover.id)).toEqual([]);
    expect(codeOf(await h.manager.client.request(DEBRIEFS, { reportId: mover.id }))).toBe('NOT_FOUND');
    const status = (await mover.client.ok(EARLIER_RECORD_SHARING)).earlierRecordSharing;
    expect(status).toMatchObject({ sharedWithCurrentManager: false, history: [{ active: false, endedReason: 'MANAGER_CHANGED', manager: { id: h.manager.id } }] });
    // Back with the same manager: the ended share stays ended.
    await h.org.admin.client.ok(UPDATE_PERSON, { id: mover.id, input: { managerId: h.manager.id } });
    expect(await debriefIdsSeenBy(h.manager.client, mover.id)).toEqual([]);
  });

  it('the new manager’s view of the cadence counts only what they may see; the report’s own view counts everything', async () => {
    const { mover } = await moverWithEarlierPractice();
    expect((await mover.client.ok(PRACTICE_STATUS, { reportId: mover.id })).practiceStatus).toMatchObject({ lastPracticeOn: '2026-10-01', covered: true });
    // The manager took over today: a first practice with them is due in 30 days, not overdue.
    expect((await h.manager.client.ok(PRACTICE_STATUS, { reportId: mover.id })).practiceStatus).toEqual({
      lastPracticeOn: null,
      dueOn: '2026-12-31',
      covered: false,
      state: 'DUE_SOON',
    });
    await mover.client.ok(SHARE_EARLIER_RECORDS);
    expect((await h.manager.client.ok(PRACTICE_STATUS, { reportId: mover.id })).practiceStatus).toMatchObject({ lastPracticeOn: '2026-10-01', covered: true });
    const team = await h.manager.client.ok(TEAM_PAGE);
    expect(team.me?.directReports.find((r) => r.id === mover.id)?.practiceStatus).toMatchObject({ lastPracticeOn: '2026-10-01' });
  });

  it('a job acting for the organization sees each report’s cadence as their current manager does', async () => {
    const { mover } = await moverWithEarlierPractice();
    const practice = app.app.get(PracticeService);
    const statuses = await actAsSystem(await orgIdOf(mover), 'test', (actor) => practice.statusesAsCurrentManagerSees(actor, [mover.id, h.owner.id]));
    const asManager = (await h.manager.client.ok(PRACTICE_STATUS, { reportId: mover.id })).practiceStatus;
    expect(statuses.get(mover.id)).toEqual(asManager);
    expect(statuses.has(h.owner.id)).toBe(true);
    // Acting for another organization reaches none of this one's people.
    const [elsewhere] = await app.db.query('SELECT id FROM organizations WHERE id <> $1 LIMIT 1', [await orgIdOf(mover)]);
    expect((await actAsSystem(elsewhere.id, 'test', (actor) => practice.statusesAsCurrentManagerSees(actor, [mover.id]))).size).toBe(0);
  });

  it('the export lists every share with whom and when', async () => {
    const { mover } = await moverWithEarlierPractice();
    await mover.client.ok(SHARE_EARLIER_RECORDS);
    await mover.client.ok(STOP_SHARING_EARLIER_RECORDS);
    const exported = JSON.parse((await mover.client.ok(EXPORT)).exportMyData);
    expect(exported.earlierRecordShares).toEqual([expect.objectContaining({ manager: 'Morgan Manager', endedReason: 'STOPPED' })]);
    expect(exported.debriefs).toEqual([expect.objectContaining({ wentWell: 'Earlier insight', heldBy: 'Frankie Former' })]);
  });

  it('anyone signed in manages only their own share; a person without a manager cannot share', async () => {
    const { mover } = await moverWithEarlierPractice();
    for (const persona of PERSONAS.filter((p) => p !== 'ANONYMOUS')) {
      const client = h.clients[persona];
      const result = await client.request(SHARE_EARLIER_RECORDS);
      if (persona === 'ADMIN' || persona === 'OTHER_ORG' || persona === 'SKIP_LEVEL') expect([persona, reasonOf(result)]).toEqual([persona, 'NO_MANAGER']);
      else expect([persona, codeOf(result)]).toEqual([persona, 'OK']);
      if (codeOf(result) === 'OK') await client.ok(STOP_SHARING_EARLIER_RECORDS);
    }
    expect((await mover.client.ok(EARLIER_RECORD_SHARING)).earlierRecordSharing.history).toEqual([]);
    const anonymous = h.clients.ANONYMOUS;
    for (const result of [await anonymous.request(EARLIER_RECORD_SHARING), await anonymous.request(SHARE_EARLIER_RECORDS), await anonymous.request(STOP_SHARING_EARLIER_RECORDS)]) {
      expect(codeOf(result)).toBe('UNAUTHENTICATED');
    }
  });

  async function orgIdOf(member: Member): Promise<string> {
    const [{ organization_id }] = await app.db.query('SELECT organization_id FROM people WHERE id = $1', [member.id]);
    return organization_id as string;
  }
});
