import { describeLastUse, deviceLabel, isMobileDevice } from './session-display';

describe('session display', () => {
  it('names an unknown device in words', () => {
    expect(deviceLabel(null)).toBe('Unknown browser');
    expect(deviceLabel('Firefox on Linux')).toBe('Firefox on Linux');
  });

  it.each([
    ['Safari on iPhone', true],
    ['Firefox on iPad', true],
    ['Chrome on Android', true],
    ['Chrome on Windows', false],
    ['A browser on macOS', false],
    [null, false],
  ])('%s is mobile: %s', (device, mobile) => {
    expect(isMobileDevice(device)).toBe(mobile);
  });

  const now = new Date('2026-11-25T12:00:00Z');
  it.each([
    ['2026-11-25T11:55:00Z', 'in the last few minutes'],
    ['2026-11-25T11:50:00Z', '10 minutes ago'],
    ['2026-11-25T11:00:00Z', '1 hour ago'],
    ['2026-11-25T02:30:00Z', '9 hours ago'],
    ['2026-11-24T11:00:00Z', 'yesterday'],
    ['2026-11-10T12:00:00Z', '15 days ago'],
    ['2026-11-25T12:03:00Z', 'in the last few minutes'],
    ['not a date', ''],
  ])('last used %s: %s', (iso, text) => {
    expect(describeLastUse(iso, now)).toBe(text);
  });
});
