import { cleanInlineText, htmlToText, richTextToPlain } from './html-text';

describe('htmlToText', () => {
  it.each([
    ['paragraphs', '<p>One</p><p>Two</p>', 'One\n\nTwo'],
    ['a list after a paragraph', '<p>You have:</p><ul><li>Go</li><li>SQL</li></ul><p>Apply!</p>', 'You have:\n\n- Go\n- SQL\n\nApply!'],
    ['an ordered list with attributes', '<ol class="x"><li data-a="1">First</li><li>Second</li></ol>', '- First\n- Second'],
    ['headings', '<h2>About</h2>Text', 'About\n\nText'],
    ['line breaks', 'a<br>b<br/>c<BR />d', 'a\nb\nc\nd'],
    ['two line breaks as a blank line', 'a<br><br>b', 'a\n\nb'],
    ['nested blocks give one break', '<div><div><span>a</span></div></div><div>b</div>', 'a\nb'],
    ['source whitespace collapses', '<p>one\n   two\t three</p>', 'one two three'],
    ['inline tags vanish', '<p>Use <strong>Go</strong> and <a href="/x">SQL</a>.</p>', 'Use Go and SQL.'],
    ['entities after tags are gone', '<p>R&amp;D &lt;team&gt; you&#39;ll&nbsp;love</p>', "R&D <team> you'll love"],
    ['scripts, styles and comments', '<style>p{}</style><!-- hi --><script>alert(1)</script><p>ok</p>', 'ok'],
    ['a ">" inside an attribute', '<a title="a > b">link</a>', 'link'],
    ['table cells', '<table><tr><td>Salary</td><td>90k</td></tr></table>', 'Salary 90k'],
    ['empty list items', '<ul><li></li><li>Real</li></ul>', '- Real'],
    ['a lone "<" in text', '<p>2 < 3</p>', '2 < 3'],
  ])('%s', (_description, html, expected) => {
    expect(htmlToText(html)).toBe(expected);
  });
});

describe('richTextToPlain', () => {
  it.each([
    ['HTML', '<p>Hello</p><p>World</p>', 'Hello\n\nWorld'],
    ['HTML escaped once more (Greenhouse)', '&lt;p&gt;Tom &amp;amp; Jerry&lt;br/&gt;Next&lt;/p&gt;', 'Tom & Jerry\nNext'],
    ['plain text keeps its line breaks', 'Line one\r\nLine two\n\n\n\nLine three', 'Line one\nLine two\n\nLine three'],
    ['plain text with an escaped "<" that is no tag', 'Pay &lt; 100k &amp; equity', 'Pay < 100k & equity'],
  ])('%s', (_description, text, expected) => {
    expect(richTextToPlain(text)).toBe(expected);
  });
});

describe('cleanInlineText', () => {
  it.each([
    ['  Senior\n  Engineer  ', 'Senior Engineer'],
    ['Sales &amp; Ops', 'Sales & Ops'],
    ['<b>Bold</b> title', 'Bold title'],
    ['a\u00a0b\u200bc', 'a bc'],
  ])('%j → %j', (text, expected) => {
    expect(cleanInlineText(text)).toBe(expected);
  });
});
