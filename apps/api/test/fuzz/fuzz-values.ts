import fc from 'fast-check';

/**
 * What the generators draw from besides randomness: ids, tokens, emails and cursors that exist in
 * the fuzzed organization, so requests reach past "not found" into the services. The lists grow
 * with ids the answers return.
 */
export interface Pools {
  ids: string[];
  /** The same ids by GraphQL type (Person, InterestingRole, Debrief…), for arguments that name one. */
  idsByType: Record<string, string[]>;
  /** Ids of people the fuzz may deactivate: never a persona, whose session the run needs. */
  expendableIds: string[];
  tokens: string[];
  emails: string[];
  cursors: string[];
  levelKeys: string[];
  questionKeys: string[];
}

const POOL_LIMIT = 2_000;

export function remember(pool: string[], value: string): void {
  if (pool.length < POOL_LIMIT && !pool.includes(value)) pool.push(value);
}

/** The pool of ids of one GraphQL type; the same array for the whole run, so generators see it grow. */
export function idsOfType(pools: Pools, type: string): string[] {
  pools.idsByType[type] ??= [];
  return pools.idsByType[type];
}

export function rememberId(pools: Pools, type: string, id: string): void {
  remember(pools.ids, id);
  remember(idsOfType(pools, type), id);
}

/** One element of a pool that may grow while the run goes on. */
export function fromPool(pool: string[], fallback: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.nat().chain((n) => (pool.length > 0 ? fc.constant(pool[n % pool.length]) : fallback));
}

/** Characters that break things: refused ones, kept controls, quoting, LIKE wildcards, markup. */
const TRICKY = fc.constantFrom(
  '\u0000', '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\u0001', '\u0007', '\u0008', '\u000B', '\u000C', '\u001B', '\u001F', '\u007F',
  '\t', '\n', '\r', '\r\n', '\u0085', '\u00A0', '\u2028', '\u200B', '\u200D', '\uFEFF', '\uFFFD', '\uFFFF', '🚀', '👩‍💻', 'e\u0301', 'ß', 'İ',
  "'", '"', '`', '\\', '%', '_', '--', ';', '/*', '$1', '<script>', '</', '&amp;', '${x}', '{{x}}', 'null', 'NULL', ' ', '',
);

const SHORT_TEXT = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 3, arbitrary: fc.string({ unit: fc.oneof(fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 1 }), TRICKY), maxLength: 24 }) },
);

const day = fc
  .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
  .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

/** Text that is almost right: dates, addresses, links, cursors over random keys, CSV and postings. */
function plausibleText(pools: Pools): fc.Arbitrary<string> {
  const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const cursor = fc.oneof(
    fromPool(pools.cursors, fc.constant('')),
    fc.array(fc.oneof(SHORT_TEXT, fc.uuid(), fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), fc.integer()), { maxLength: 3 }).map(base64url),
    fc.jsonValue().map(base64url),
  );
  const csvCell = fc.oneof(SHORT_TEXT, fromPool(pools.emails, SHORT_TEXT), fromPool(pools.levelKeys, SHORT_TEXT));
  const csv = fc
    .tuple(
      fc.shuffledSubarray(['email', 'name', 'title', 'level', 'manager email', 'extra'], { minLength: 1 }),
      fc.array(fc.array(csvCell, { maxLength: 6 }), { maxLength: 8 }),
    )
    .map(([header, rows]) => [header.join(','), ...rows.map((row) => row.map((cell) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(','))].join('\n'));
  const posting = fc
    .record({
      title: fc.oneof({ weight: 3, arbitrary: SHORT_TEXT }, { weight: 1, arbitrary: fc.jsonValue() }),
      company: fc.oneof({ weight: 3, arbitrary: SHORT_TEXT }, { weight: 1, arbitrary: fc.jsonValue() }),
      salary: fc.oneof(fc.double(), SHORT_TEXT, fc.jsonValue()),
      extra: fc.jsonValue(),
    })
    .map(({ title, company, salary, extra }) => {
      const ld = { '@context': 'https://schema.org', '@type': 'JobPosting', title, hiringOrganization: { name: company }, baseSalary: { value: { minValue: salary } }, extra };
      return `<html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body>${title}</body></html>`;
    });
  return fc.oneof(
    day,
    fc.emailAddress(),
    fromPool(pools.emails, fc.emailAddress()),
    fc.webUrl(),
    fc.constantFrom('javascript:alert(1)', 'http://', 'https://exa mple.com', 'ftp://example.com/x', 'correct horse battery staple'),
    fromPool(pools.levelKeys, fc.constant('IC3')),
    fromPool(pools.questionKeys, fc.constant('seen_open_roles')),
    fromPool(pools.tokens, SHORT_TEXT),
    cursor,
    csv,
    posting,
  );
}

/** Long text, up to 3 MB: within the 8 MB body limit even when every character is JSON-escaped twice over. */
const LONG_TEXT = fc.oneof(
  fc.tuple(fc.constantFrom('x', 'é', '🚀', ' ', '\n', 'Senior '), fc.integer({ min: 1_000, max: 120_000 })).map(([unit, n]) => unit.repeat(n)),
  { weight: 1, arbitrary: fc.integer({ min: 1_000_001, max: 3_000_000 }).map((n) => 'y'.repeat(n)) },
);

export function textArbitrary(pools: Pools): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 10, arbitrary: SHORT_TEXT },
    { weight: 6, arbitrary: plausibleText(pools) },
    { weight: 1, arbitrary: fc.oneof({ weight: 8, arbitrary: LONG_TEXT }, { weight: 1, arbitrary: fc.constant('z'.repeat(2_000_001)) }) },
  );
}

export function idArbitrary(pools: Pools, pool: string[] = pools.ids): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 8, arbitrary: fromPool(pool, fc.uuid()) },
    { weight: 2, arbitrary: fc.uuid() },
    { weight: 1, arbitrary: fc.constantFrom('', 'not-an-id', '00000000-0000-0000-0000-000000000000', 'FFFFFFFF-FFFF-4FFF-BFFF-FFFFFFFFFFFF', '1', '-1') },
    { weight: 1, arbitrary: SHORT_TEXT },
  );
}

/** Ints at every bound the inputs have (ranks, cadences, thresholds, page sizes, ratings) and at 32 bits. */
export const INT = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(0, 1, -1, 2, 3, 4, 5, 6, 12, 20, 21, 30, 31, 36, 37, 50, 99, 100, 101, 2_147_483_647, -2_147_483_648) },
  { weight: 2, arbitrary: fc.integer() },
  { weight: 2, arbitrary: fc.integer({ min: -5, max: 120 }) },
);

export const FLOAT = fc.oneof(
  { weight: 3, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 2, arbitrary: fc.constantFrom(0, -0, 0.005, 0.015, 1, -1, 1e11, 1e11 + 0.01, 99_999_999_999.995, 1e12, 1e15, 2 ** 53, Number.MAX_VALUE, Number.MIN_VALUE) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 500_000 }) },
);

const WORDS = fc.array(fc.constantFrom('Senior', 'Staff', 'Engineer', 'Manager', 'of', 'Globex', 'Lisbon', 'remote', 'talk', 'design', 'Zoë', '東京', '🚀', 'lead'), {
  minLength: 1,
  maxLength: 6,
}).map((words) => words.join(' '));

/**
 * Links into TEST-NET-1 (192.0.2.0/24, for documentation): valid for a role's link, and refused by the
 * posting fetch before it connects, so the fuzz never reaches a real site, whatever network it runs on.
 */
const LINK = fc
  .tuple(fc.constantFrom('http', 'https'), fc.integer({ min: 1, max: 254 }), fc.webPath(), fc.webQueryParameters())
  .map(([scheme, host, path, query]) => `${scheme}://192.0.2.${host}${path}${query ? `?${query}` : ''}`);

const PAST_DAY = fc.date({ min: new Date('2020-01-01'), max: new Date('2026-11-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

/**
 * Text a form would send for a field of this name, so a "tame" request passes validation and
 * reaches the services and the database: the fuzz needs both the wild and the tame kind.
 */
export function tameTextFor(name: string, pools: Pools): fc.Arbitrary<string> {
  const lower = name.toLowerCase();
  if (lower.includes('email')) return fc.oneof(fc.emailAddress(), fromPool(pools.emails, fc.emailAddress()));
  if (lower === 'password') return fc.oneof(fc.constant('correct horse battery staple'), fc.string({ minLength: 10, maxLength: 30 }));
  if (lower === 'url') return LINK;
  if (lower === 'heldon' || lower === 'dueon' || lower === 'dateposted' || lower === 'validthrough') return PAST_DAY;
  if (lower === 'token') return fromPool(pools.tokens, fc.string({ minLength: 10, maxLength: 40 }));
  if (lower === 'after') return fromPool(pools.cursors, fc.constant(''));
  if (lower === 'questionkey') return fromPool(pools.questionKeys, fc.constant('seen_open_roles'));
  if (lower.endsWith('levelkey')) return fromPool(pools.levelKeys, fc.constant('IC3'));
  if (lower === 'key') return fc.stringMatching(/^[A-Z][A-Z0-9_]{0,6}$/);
  if (lower === 'salarycurrency') return fc.constantFrom('EUR', 'USD', 'gbp');
  if (lower === 'salaryunit') return fc.constantFrom('YEAR', 'MONTH', 'HOUR');
  if (lower === 'csv') {
    const row = fc
      .tuple(fc.emailAddress(), WORDS, WORDS, fromPool(pools.levelKeys, fc.constant('IC2')), fc.oneof(fc.constant(''), fromPool(pools.emails, fc.constant(''))))
      .map((cells) => cells.join(','));
    return fc.array(row, { minLength: 1, maxLength: 5 }).map((rows) => ['email,name,title,level,manager email', ...rows].join('\n'));
  }
  if (lower === 'content') return plausibleText(pools);
  return fc.oneof({ weight: 4, arbitrary: WORDS }, { weight: 1, arbitrary: SHORT_TEXT });
}

export const TAME_INT = fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 1, max: 12 }) }, { weight: 1, arbitrary: INT });
