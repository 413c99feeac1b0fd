import { figureNumber, figureText, formatNumber, suppressionThreshold } from './figure';

const shown = (value: number) => ({ __typename: 'ShownCount' as const, value });
const hidden = (threshold: number) => ({ __typename: 'Suppressed' as const, threshold });

describe('a figure in words', () => {
  it.each([
    [shown(12), 'count', '12'],
    [shown(0), 'count', '0'],
    [{ __typename: 'ShownMeasure' as const, value: 0.6 }, 'share', '60%'],
    [{ __typename: 'ShownMeasure' as const, value: 0.125 }, 'share', '13%'],
    [{ __typename: 'ShownMeasure' as const, value: 4.5 }, 'days', '4.5 days'],
    [{ __typename: 'ShownMeasure' as const, value: 1 }, 'days', '1 day'],
    [{ __typename: 'ShownMeasure' as const, value: 3 }, 'days', '3 days'],
    [{ __typename: 'ShownMeasure' as const, value: 4.25 }, 'rating', '4.3 of 5'],
    [hidden(5), 'count', 'hidden'],
    [hidden(3), 'share', 'hidden'],
    [null, 'days', '—'],
  ] as const)('%j as %s reads "%s"', (figure, format, text) => {
    expect(figureText(figure, format)).toBe(text);
  });

  it('says what a missing figure is when told', () => {
    expect(figureText(null, 'days', 'No debrief')).toBe('No debrief');
  });

  it('never gives a hidden figure a number to draw', () => {
    expect(figureNumber(hidden(5))).toBeNull();
    expect(figureNumber(null)).toBeNull();
    expect(figureNumber(shown(0))).toBe(0);
  });

  it('finds the threshold of the first hidden figure', () => {
    expect(suppressionThreshold([shown(1), null, hidden(7), hidden(5)])).toBe(7);
    expect(suppressionThreshold([shown(1), null])).toBeNull();
  });

  it('rounds a share to whole percent', () => {
    expect(formatNumber(1, 'share')).toBe('100%');
    expect(formatNumber(2 / 3, 'share')).toBe('67%');
  });
});
