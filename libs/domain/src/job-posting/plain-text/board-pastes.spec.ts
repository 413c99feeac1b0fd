import { BOARD_PASTES } from '../fixtures/board-pastes';
import { parseJobPosting } from '../parse-job-posting';

const cases = Object.entries(BOARD_PASTES).map(([name, paste]) => [`${name} (${paste.board}, ${paste.language})`, paste] as const);

describe('plain-text pastes from job boards', () => {
  it.each(cases)('%s: reads the board’s fields', (_name, paste) => {
    const result = parseJobPosting(paste.text);
    if (!result.ok) throw new Error(`expected a draft, got ${result.reason}`);
    expect(result.source).toBe('PLAIN_TEXT');
    const { title, company, location, salary, employmentType, workplace, remote } = result.draft;
    expect({ title, company, location, salary, employmentType, workplace, remote }).toEqual(paste.expected);
  });

  it.each(cases)('%s: keeps the posting’s text and drops the board’s chrome', (_name, paste) => {
    const result = parseJobPosting(paste.text);
    if (!result.ok) throw new Error(`expected a draft, got ${result.reason}`);
    const description = result.draft.description ?? '';
    expect(description.startsWith(paste.descriptionStartsWith)).toBe(true);
    expect(description.endsWith(paste.descriptionEndsWith)).toBe(true);
    const lines = description.split('\n');
    expect(paste.chrome.filter((chrome) => lines.includes(chrome))).toEqual([]);
  });
});
