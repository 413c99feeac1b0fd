import { companyKey, groupSmallCompanies, type CompanyMention } from './companies';

/** `{ Acme: 'abc' }`: one mention of Acme by each of a, b and c. */
function mentions(byCompany: Record<string, string>): CompanyMention[] {
  return Object.entries(byCompany).flatMap(([company, people]) => [...people].map((personId) => ({ company, personId })));
}

/** Compact: named as 'Name:people', the bucket as 'other:people' or 'other:<k', then its keys. */
function grouped(byCompany: Record<string, string>, k: number): string[] {
  const groups = groupSmallCompanies(mentions(byCompany), k);
  const named = groups.named.map(({ name, people }) => `${name}:${people}`);
  if (groups.other === null) return named;
  const people = groups.other.people.kind === 'VALUE' ? groups.other.people.value : `<${groups.other.people.threshold}`;
  return [...named, `other:${people}`, `in other: ${groups.other.keys.join(', ')}`];
}

describe('groupSmallCompanies', () => {
  it.each<[string, Record<string, string>, number, string[]]>([
    ['every company has k people: all named, no bucket', { Acme: 'abcde', Globex: 'fghij' }, 5, ['Acme:5', 'Globex:5']],
    ['most people first, then by name', { Zeta: 'abcde', Acme: 'abcde', Initech: 'abcdefg' }, 5, ['Initech:7', 'Acme:5', 'Zeta:5']],
    [
      'small companies together reach k: named ones stay',
      { Acme: 'abcdef', Tiny: 'ab', Small: 'cde' },
      5,
      ['Acme:6', 'other:5', 'in other: small, tiny'],
    ],
    [
      'the bucket counts different people: three, not five, so it takes Acme, and then six',
      { Acme: 'abcdef', Tiny: 'ab', Small: 'abc' },
      5,
      ['other:6', 'in other: acme, small, tiny'],
    ],
    [
      'a bucket under k takes the smallest named company (the last by name on a tie)',
      { Acme: 'abcdefgh', Globex: 'abcde', Hooli: 'fghij', Tiny: 'x' },
      5,
      ['Acme:8', 'Globex:5', 'other:6', 'in other: hooli, tiny'],
    ],
    ['no named company to take: the bucket is suppressed', { Tiny: 'ab', Small: 'cd' }, 5, ['other:<5', 'in other: small, tiny']],
    ['k below the minimum applies as 3', { Acme: 'abc', Tiny: 'a' }, 1, ['other:3', 'in other: acme, tiny']],
    ['nothing debriefed', {}, 5, []],
  ])('%s', (_description, byCompany, k, expected) => {
    expect(grouped(byCompany, k)).toEqual(expected);
  });

  it('counts a person once however many debriefs they held about a company', () => {
    const groups = groupSmallCompanies(
      [...mentions({ Acme: 'abcd' }), ...mentions({ Acme: 'aaaa' }), ...mentions({ Acme: 'bb' })],
      5,
    );
    expect(groups.named).toEqual([]);
    expect(groups.other).toEqual({ keys: ['acme'], people: { kind: 'SUPPRESSED', threshold: 5 } });
  });

  it('groups spellings that differ in case and spacing, named by the spelling used most', () => {
    const groups = groupSmallCompanies(
      [
        { company: 'Acme Corp', personId: 'a' },
        { company: 'ACME  corp', personId: 'b' },
        { company: ' acme corp', personId: 'c' },
        { company: 'Acme Corp', personId: 'd' },
        { company: 'Acme Corp ', personId: 'e' },
      ],
      5,
    );
    expect(groups.named).toEqual([{ key: 'acme corp', name: 'Acme Corp', people: 5 }]);
    expect(groups.other).toBeNull();
  });

  it('ignores a blank company', () => {
    expect(groupSmallCompanies([{ company: '  ', personId: 'a' }], 3)).toEqual({ threshold: 3, named: [], other: null });
  });
});

describe('companyKey', () => {
  it.each([
    ['Acme', 'acme'],
    ['  ACME   Inc ', 'acme inc'],
    ['Ａｃｍｅ', 'acme'],
  ])('%p → %p', (name, key) => {
    expect(companyKey(name)).toBe(key);
  });
});
