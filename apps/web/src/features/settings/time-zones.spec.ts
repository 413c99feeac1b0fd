import { timeZoneLabel, timeZoneOptions } from './time-zones';

describe('timeZoneOptions', () => {
  it('puts UTC first, then the rest in order, without repeats', () => {
    expect(timeZoneOptions('UTC', ['Europe/Berlin', 'America/New_York', 'UTC'])).toEqual(['UTC', 'America/New_York', 'Europe/Berlin']);
  });

  it('keeps the organization’s zone even when this browser does not list it', () => {
    expect(timeZoneOptions('Asia/Kolkata', ['Asia/Calcutta'])).toEqual(['UTC', 'Asia/Calcutta', 'Asia/Kolkata']);
  });

  it('lists what the runtime knows by default', () => {
    expect(timeZoneOptions('UTC').length).toBeGreaterThan(100);
  });
});

describe('timeZoneLabel', () => {
  it('reads as words', () => {
    expect(timeZoneLabel('America/Argentina/Buenos_Aires')).toBe('America / Argentina / Buenos Aires');
  });
});
