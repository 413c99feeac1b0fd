import { statusOfStoredList } from './nudge-cache';

describe('statusOfStoredList', () => {
  it.each([
    ['myNudges({"first":20,"status":"OPEN"})', 'OPEN'],
    ['myNudges({"status":"SNOOZED","first":5})', 'SNOOZED'],
    ['myNudges({"first":20})', null],
    ['myNudges', null],
  ])('%s → %s', (name, status) => {
    expect(statusOfStoredList(name)).toBe(status);
  });
});
