import { earlierRecordsState, recordCount, sharePeriod } from './earlier-records';

const maya = { name: 'Maya Okafor' };
const sharing = (earlierRecordCount: number, sharedWithCurrentManager = false) => ({ earlierRecordCount, sharedWithCurrentManager });

describe('earlierRecordsState', () => {
  it.each([
    ['no earlier records, a manager', sharing(0), maya, { kind: 'NONE' }],
    ['no earlier records, no manager', sharing(0), null, { kind: 'NONE' }],
    ['earlier records, no manager to share with', sharing(2), null, { kind: 'NO_MANAGER', count: 2 }],
    ['earlier records the manager does not see', sharing(2), maya, { kind: 'PRIVATE', count: 2, manager: maya }],
    ['earlier records the manager sees', sharing(2, true), maya, { kind: 'SHARED', count: 2, manager: maya }],
    // Still stoppable: the share is in force even if the records were since deleted.
    ['a share in force with nothing left to see', sharing(0, true), maya, { kind: 'SHARED', count: 0, manager: maya }],
    // A share ends with the reporting line, so a stale "shared" without a manager offers nothing.
    ['“shared” without a manager', sharing(3, true), undefined, { kind: 'NO_MANAGER', count: 3 }],
  ] as const)('%s', (_case, input, manager, expected) => {
    expect(earlierRecordsState(input, manager)).toEqual(expected);
  });
});

describe('recordCount', () => {
  it('counts in words', () => {
    expect(recordCount(1)).toBe('1 debrief or conversation');
    expect(recordCount(4)).toBe('4 debriefs and conversations');
  });
});

describe('sharePeriod', () => {
  const started = '2026-11-02T12:00:00.000Z';
  const ended = '2026-11-20T12:00:00.000Z';

  it('says since when a share in force started', () => {
    expect(sharePeriod({ startedAt: started, endedAt: null, endedReason: null, active: true }, 'en-GB')).toBe('Since 2 Nov 2026 · Shared now');
  });

  it('says from, until and why an ended share ended', () => {
    expect(sharePeriod({ startedAt: started, endedAt: ended, endedReason: 'STOPPED', active: false }, 'en-GB')).toBe('2 Nov 2026 – 20 Nov 2026 · You stopped sharing');
    expect(sharePeriod({ startedAt: started, endedAt: ended, endedReason: 'MANAGER_CHANGED', active: false }, 'en-GB')).toBe(
      '2 Nov 2026 – 20 Nov 2026 · Ended when your manager changed',
    );
  });

  it('reads a reason it does not know (a newer API) as plainly ended', () => {
    expect(sharePeriod({ startedAt: started, endedAt: ended, endedReason: 'SOMETHING_NEW' as never, active: false }, 'en-GB')).toBe('2 Nov 2026 – 20 Nov 2026 · Ended');
  });
});
