import '../../test/jsdom-polyfills';
import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { stubMatchMedia } from '../../test/match-media-stub';
import { LevelKeywords } from './LevelKeywords';
import { keywordsOnSeveralLevels } from './shared-keywords';
import { SharedKeywordsAlert } from './SharedKeywordsAlert';

beforeAll(stubMatchMedia);

const levels = [
  { key: 'IC3', keywords: ['senior'] },
  { key: 'M2', keywords: ['senior', 'manager'] },
];

describe('keywords on several levels', () => {
  it('are listed above the ladder with the levels that share them', () => {
    render(
      <MantineProvider>
        <SharedKeywordsAlert shared={keywordsOnSeveralLevels(levels)} />
      </MantineProvider>,
    );
    expect(screen.getByText('A keyword is on more than one level')).toBeTruthy();
    expect(screen.getByText('“senior”: IC3, M2')).toBeTruthy();
  });

  it('say on the level’s own tag which other level uses it, also to a screen reader', () => {
    const shared = keywordsOnSeveralLevels(levels);
    render(
      <MantineProvider>
        <LevelKeywords keywords={['senior', 'manager']} alsoOn={(keyword) => (shared.get(keyword) ?? []).filter((key) => key !== 'M2')} />
      </MantineProvider>,
    );
    expect(screen.getByText('(also on IC3)', { exact: false })).toBeTruthy();
    expect(screen.queryAllByText(/also on/)).toHaveLength(1); // "manager" is on one level only
  });

  it('leave a ladder without shared keywords as it is', () => {
    render(
      <MantineProvider>
        <SharedKeywordsAlert shared={keywordsOnSeveralLevels([{ key: 'IC1', keywords: ['junior'] }])} />
      </MantineProvider>,
    );
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByText(/more than one level/)).toBeNull();
  });
});
