import { asksWhatNeedsAttention } from './needs-attention';

describe('asksWhatNeedsAttention', () => {
  it('asks for a manager and for a viewer not known yet', () => {
    expect(asksWhatNeedsAttention({ directReports: [{ id: 'r1' }] })).toBe(true);
    expect(asksWhatNeedsAttention(null)).toBe(true);
  });

  it('does not ask for someone known to have no reports', () => {
    expect(asksWhatNeedsAttention({ directReports: [] })).toBe(false);
  });
});
