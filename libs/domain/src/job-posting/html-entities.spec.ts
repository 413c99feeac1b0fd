import { decodeHtmlEntities } from './html-entities';

describe('decodeHtmlEntities', () => {
  it.each([
    ['Sales &amp; Marketing', 'Sales & Marketing'],
    ['It&#39;s', "It's"],
    ['It&#x27;s', "It's"],
    ['It&#X27;s', "It's"],
    ['you&rsquo;ll', 'you’ll'],
    ['&lt;p&gt;', '<p>'],
    ['a&nbsp;b', 'a\u00a0b'],
    ['&quot;quoted&quot;', '"quoted"'],
    ['Z&uuml;rich &ndash; S&atilde;o Paulo', 'Zürich – São Paulo'],
    ['&euro;90k', '€90k'],
    ['&#128640;', '🚀'],
    ['&#x1F680;', '🚀'],
    ['&AMP;', '&'],
    ['&amp;lt;p&amp;gt;', '&lt;p&gt;'],
    ['&#0; &#xD800; &#99999999;', '\ufffd \ufffd \ufffd'],
    ['&unknownentity; & AT&T', '&unknownentity; & AT&T'],
    ['no entities', 'no entities'],
  ])('%j → %j', (input, expected) => {
    expect(decodeHtmlEntities(input)).toBe(expected);
  });
});
