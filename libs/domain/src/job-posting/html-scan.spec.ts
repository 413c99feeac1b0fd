import { extractJsonLdBlocks, looksLikeHtml, readAttributes, readMetaTags } from './html-scan';

describe('readAttributes', () => {
  it.each<[string, Record<string, string>]>([
    [' property="og:title" content="A &amp; B"', { property: 'og:title', content: 'A & B' }],
    [" TYPE = 'application/ld+json' async", { type: 'application/ld+json', async: '' }],
    [' content=unquoted name=x', { content: 'unquoted', name: 'x' }],
    [' name="first" name="second"', { name: 'first' }],
  ])('%j', (source, expected) => {
    expect(Object.fromEntries(readAttributes(source))).toEqual(expected);
  });
});

describe('readMetaTags', () => {
  it('reads og: tags in any attribute order, by property or name, decoding entities once', () => {
    const html = `<meta content="R&amp;amp;D  Lead" property="OG:Title"><meta name="og:url" content="https://x.example/1" />
      <meta property="og:title" content="ignored second"><meta name="description" content="">`;
    expect(Object.fromEntries(readMetaTags(html))).toEqual({ 'og:title': 'R&amp;D Lead', 'og:url': 'https://x.example/1' });
  });
});

describe('extractJsonLdBlocks', () => {
  it.each([
    ['a plain block', '<script type="application/ld+json"> {"a":1} </script>', ['{"a":1}']],
    ['a comment wrapper', '<script type="application/ld+json"><!-- {"a":1} --></script>', ['{"a":1}']],
    ['a CDATA wrapper', '<script type="application/ld+json">//<![CDATA[\n{"a":1}\n//]]></script>', ['{"a":1}']],
    ['other script types skipped', '<script>var a;</script><script type="module">b</script>', []],
    ['several blocks in order', '<script type="application/ld+json">1</script><script type="application/ld+json">2</script>', ['1', '2']],
  ])('%s', (_description, html, expected) => {
    expect(extractJsonLdBlocks(html)).toEqual(expected);
  });
});

describe('looksLikeHtml', () => {
  it.each([
    ['<!DOCTYPE html><html>', true],
    ['Intro text <p>then a paragraph</p>', true],
    ['<meta property="og:title" content="x">', true],
    ['Salary < 100k and equity > 0', false],
    ['Senior Engineer <3 our team', false],
  ])('%j → %p', (text, expected) => {
    expect(looksLikeHtml(text)).toBe(expected);
  });
});
