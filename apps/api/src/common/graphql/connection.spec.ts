import { decodeCursor, encodeCursor } from './connection';

const ID = '3f0c2a9e-8d1b-4c3e-9f6a-2b7d4e1c0a55';
const cursor = (key: unknown) => Buffer.from(JSON.stringify(key)).toString('base64url');

describe('decodeCursor', () => {
  it('reads back what encodeCursor wrote', () => {
    const at = new Date('2026-11-20T10:11:12.345Z').toISOString();
    expect(decodeCursor(encodeCursor([at, ID]), ['timestamp', 'uuid'])).toEqual([at, ID]);
    expect(decodeCursor(encodeCursor(['zoë ångström', ID]), ['text', 'uuid'])).toEqual(['zoë ångström', ID]);
  });

  const ROLES = ['timestamp', 'uuid'] as const;
  const PEOPLE = ['text', 'uuid'] as const;
  it.each([
    ['not base64 JSON', '%%%', ROLES],
    ['a key of another list (text where a timestamp goes)', cursor(['admin of org', ID]), ROLES],
    ['a malformed id', cursor(['2026-11-20T10:11:12.345Z', 'not-an-id']), ROLES],
    ['a malformed id after text', cursor(['riley', "1' OR '1'='1"]), PEOPLE],
    ['a day that does not exist', cursor(['2026-02-30T00:00:00.000Z', ID]), ROLES],
    ['year 0, which PostgreSQL does not have', cursor(['0000-01-01T00:00:00.000Z', ID]), ROLES],
    ['a timestamp without its zone', cursor(['2026-11-20T10:11:12.345', ID]), ROLES],
    ['too few parts', cursor(['2026-11-20T10:11:12.345Z']), ROLES],
    ['a number where text goes', cursor([5, ID]), PEOPLE],
    ['a NUL in the text', cursor(['a\u0000b', ID]), PEOPLE],
    ['a lone surrogate in the text', cursor(['a\uD800', ID]), PEOPLE],
  ])('refuses %s as INVALID_CURSOR', (_, value, parts) => {
    expect(() => decodeCursor(value, parts)).toThrow(expect.objectContaining({ code: 'INVALID_CURSOR' }));
  });
});
