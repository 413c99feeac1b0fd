import type { ActionItemFieldsFragment } from '../../generated/gql/graphql';
import { dueLabel, forWhom, recordOf, sourceOf, splitByDone } from './action-item-label';

const item = (patch: Partial<ActionItemFieldsFragment>): ActionItemFieldsFragment => ({
  id: 'a1',
  text: 'Practise system design',
  owner: 'REPORT',
  dueOn: null,
  done: false,
  doneAt: null,
  createdAt: '2026-11-01T10:00:00.000Z',
  debriefId: 'd1',
  conversationId: null,
  writtenByYou: false,
  report: { id: 'priya', name: 'Priya Raman' },
  ...patch,
});

describe('forWhom and recordOf', () => {
  it('names the owner from where the viewer stands', () => {
    expect(forWhom(item({ owner: 'REPORT' }), 'priya')).toBe('For you');
    expect(forWhom(item({ owner: 'REPORT' }), 'maya')).toBe('For Priya Raman');
    expect(forWhom(item({ owner: 'MANAGER' }), 'priya')).toBe('For your manager');
    expect(forWhom(item({ owner: 'MANAGER' }), 'maya')).toBe('For you');
  });

  it('tells a manager which report their own item is about, and nobody else', () => {
    expect(recordOf(item({ owner: 'MANAGER' }), 'maya')).toBe('Priya Raman');
    expect(recordOf(item({ owner: 'REPORT' }), 'maya')).toBeNull();
    expect(recordOf(item({ owner: 'MANAGER' }), 'priya')).toBeNull();
  });
});

describe('dueLabel', () => {
  it('flags an open item whose day has passed, but not a done one or one due today', () => {
    expect(dueLabel(item({ dueOn: '2026-11-20' }), '2026-11-25', 'en-GB')).toEqual({ text: 'Overdue since 20 Nov 2026', overdue: true });
    expect(dueLabel(item({ dueOn: '2026-11-20', done: true }), '2026-11-25', 'en-GB')).toEqual({ text: 'Due 20 Nov 2026', overdue: false });
    expect(dueLabel(item({ dueOn: '2026-11-25' }), '2026-11-25', 'en-GB')?.overdue).toBe(false);
    expect(dueLabel(item({ dueOn: null }), '2026-11-25')).toBeNull();
  });
});

describe('sourceOf', () => {
  it('links to the debrief or the conversation the item came from', () => {
    expect(sourceOf(item({ debriefId: 'd1' }))?.to).toBe('/debriefs/d1');
    expect(sourceOf(item({ debriefId: null, conversationId: 'c9' }))?.to).toBe('/conversations/c9');
  });
});

describe('splitByDone', () => {
  it('lists open items by due day with undated ones last, and done ones most recent first', () => {
    const items = [
      item({ id: 'undated' }),
      item({ id: 'late', dueOn: '2026-12-20' }),
      item({ id: 'soon', dueOn: '2026-12-01' }),
      item({ id: 'done-early', done: true, doneAt: '2026-10-01T00:00:00.000Z' }),
      item({ id: 'done-late', done: true, doneAt: '2026-11-01T00:00:00.000Z' }),
    ];
    const { open, done } = splitByDone(items);
    expect(open.map((i) => i.id)).toEqual(['soon', 'late', 'undated']);
    expect(done.map((i) => i.id)).toEqual(['done-late', 'done-early']);
  });
});
