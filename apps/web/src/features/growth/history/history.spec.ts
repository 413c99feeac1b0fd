import type { ConversationSummaryFieldsFragment, DebriefSummaryFieldsFragment } from '../../../generated/gql/graphql';
import { historyEntries } from './history';

const maya = { id: 'maya', name: 'Maya Okafor' };
const sam = { id: 'sam', name: 'Sam Lindqvist' };

const debrief = (id: string, heldOn: string, heldBy: typeof maya | null): DebriefSummaryFieldsFragment => ({
  id,
  heldOn,
  createdAt: `${heldOn}T10:00:00.000Z`,
  outcome: null,
  externalReading: 'UNRATED',
  heldBy,
  role: { id: 'r1', title: 'Staff Engineer', company: 'Lumen Pay' },
});

const conversation = (id: string, heldOn: string, createdAt: string, heldBy: typeof maya): ConversationSummaryFieldsFragment => ({
  id,
  kind: 'INTERVIEW_PRACTICE',
  heldOn,
  createdAt,
  heldBy,
  role: null,
});

describe('historyEntries', () => {
  it('puts debriefs and conversations together, newest first, then the later written first', () => {
    const entries = historyEntries(
      [debrief('d1', '2026-10-01', maya)],
      [conversation('c1', '2026-11-01', '2026-11-01T09:00:00.000Z', sam), conversation('c2', '2026-11-01', '2026-11-01T12:00:00.000Z', sam)],
    );
    expect(entries.map((e) => e.id)).toEqual(['c2', 'c1', 'd1']);
    expect(entries[0]).toMatchObject({ to: '/conversations/c2', title: 'Interview practice conversation', type: 'INTERVIEW_PRACTICE', role: null });
    expect(entries[2]).toMatchObject({ to: '/debriefs/d1', title: 'Debrief', type: 'DEBRIEF', role: { title: 'Staff Engineer' } });
  });

  it('keeps who held each record, so an earlier manager’s shows as theirs', () => {
    const entries = historyEntries([debrief('d1', '2026-10-01', maya), debrief('d2', '2026-09-01', null)], [conversation('c1', '2026-11-01', '2026-11-01T09:00:00.000Z', sam)]);
    expect(entries.map((e) => e.heldBy?.name ?? null)).toEqual(['Sam Lindqvist', 'Maya Okafor', null]);
  });
});
