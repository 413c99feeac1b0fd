import { isFiltered, NO_FILTER, sharedFilterFrom, sharedFilterParams } from './shared-filters';

describe('the shared-with-me filter in the address', () => {
  it('reads a person and a known stretch tag, and ignores anything else', () => {
    expect(sharedFilterFrom(new URLSearchParams('person=p1&stretch=STEP_UP'))).toEqual({ ownerId: 'p1', stretch: 'STEP_UP' });
    expect(sharedFilterFrom(new URLSearchParams('stretch=HUGE&person='))).toEqual(NO_FILTER);
  });

  it('writes only what is set, so a round trip gives the same filter', () => {
    expect(sharedFilterParams(NO_FILTER).toString()).toBe('');
    const filter = { ownerId: 'p1', stretch: 'SAME_LEVEL' as const };
    expect(sharedFilterFrom(sharedFilterParams(filter))).toEqual(filter);
    expect(isFiltered(filter)).toBe(true);
    expect(isFiltered(NO_FILTER)).toBe(false);
  });
});
