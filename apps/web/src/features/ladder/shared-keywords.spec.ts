import { keywordsOnSeveralLevels } from './shared-keywords';

describe('keywordsOnSeveralLevels', () => {
  it('names each keyword used by two or more levels, with those levels in ladder order', () => {
    const levels = [
      { key: 'IC3', keywords: ['senior', 'sr'] },
      { key: 'IC4', keywords: ['staff'] },
      { key: 'M2', keywords: ['Senior ', 'manager'] },
      { key: 'M3', keywords: ['senior', 'director'] },
    ];
    expect([...keywordsOnSeveralLevels(levels)]).toEqual([['senior', ['IC3', 'M2', 'M3']]]);
  });

  it('finds none on a ladder whose keywords are each on one level, or repeated within one level only', () => {
    expect(keywordsOnSeveralLevels([{ key: 'IC1', keywords: ['junior', 'junior'] }, { key: 'IC2', keywords: [] }]).size).toBe(0);
  });
});
