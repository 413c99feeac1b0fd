import { MAX_PEOPLE_ROWS, readPeopleTable } from './people-table';

describe('readPeopleTable', () => {
  it('maps columns by header name, in any order and with common aliases', () => {
    const result = readPeopleTable([
      ['Full Name', 'Work Email', 'Job Title', 'Level', 'Manager Email'],
      ['Ada Lovelace', 'ada@example.com', 'Staff Engineer', 'IC4', 'grace@example.com'],
    ]);
    expect(result).toEqual({
      ok: true,
      rows: [{ line: 2, email: 'ada@example.com', name: 'Ada Lovelace', title: 'Staff Engineer', levelKey: 'IC4', managerEmail: 'grace@example.com', problems: [] }],
    });
  });

  it.each([
    [[], 'The file is empty'],
    [[['name', 'title']], 'missing: email'],
    [[['email']], 'missing: name'],
  ])('refuses a file whose header is unusable (%j)', (records, message) => {
    const result = readPeopleTable(records as string[][]);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain(message);
  });

  it.each([
    [['', 'No Email'], 'email is missing'],
    [['not-an-email', 'Bad'], '"not-an-email" is not a valid email address'],
    [['x@example.com', ''], 'name is missing'],
    [['x@example.com', 'N'.repeat(121)], 'name is longer than 120 characters'],
    [['x@example.com', 'Self', 'X@example.com'], 'nobody can be their own manager'],
    [['x@example.com', 'Bad manager', 'nope'], 'manager email "nope" is not a valid email address'],
  ])('notes the problem of row %j', (record, problem) => {
    const result = readPeopleTable([['email', 'name', 'manager email'], record]);
    expect(result.ok && result.rows[0].problems).toContain(problem);
  });

  it('flags an email that appears twice, case-insensitively, on the later line', () => {
    const result = readPeopleTable([['email', 'name'], ['a@example.com', 'A'], ['A@Example.com', 'A again']]);
    expect(result.ok && result.rows.map((r) => r.problems)).toEqual([[], ['A@Example.com is also on line 2']]);
  });

  it('treats blank optional cells as absent', () => {
    const result = readPeopleTable([['email', 'name', 'title', 'level'], ['a@example.com', 'A', ' ', '']]);
    expect(result.ok && result.rows[0]).toMatchObject({ title: null, levelKey: null, managerEmail: null });
  });

  it('reads a whole organization of 10,000 people from one file and refuses one person more', () => {
    const people = (count: number) => [['email', 'name'], ...Array.from({ length: count }, (_, i) => [`p${i}@example.com`, `Person ${i}`])];
    expect(MAX_PEOPLE_ROWS).toBe(10_000);
    const whole = readPeopleTable(people(10_000));
    expect(whole.ok && whole.rows.length).toBe(10_000);
    expect(whole.ok && whole.rows.every((r) => r.problems.length === 0)).toBe(true);
    expect(readPeopleTable(people(10_001))).toEqual({ ok: false, error: 'At most 10,000 people per file; this one has 10,001.' });
  });
});
