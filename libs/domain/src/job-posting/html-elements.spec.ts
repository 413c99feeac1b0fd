import { findElements, removeComments, removeElements } from './html-elements';

describe('findElements', () => {
  it.each<[string, string, number, { attributes: string; content: string }[]]>([
    ['<script a="1">x</script><SCRIPT>y</Script >', 'script', Infinity, [
      { attributes: ' a="1"', content: 'x' },
      { attributes: '', content: 'y' },
    ]],
    ['<title>One</title><title>Two</title>', 'title', 1, [{ attributes: '', content: 'One' }]],
    ['<script data-x="a>b">z</script>', 'script', Infinity, [{ attributes: ' data-x="a>b"', content: 'z' }]],
    ['<scripts>no</scripts>', 'script', Infinity, []],
    ['<script>closed</script><script>never closed', 'script', Infinity, [{ attributes: '', content: 'closed' }]],
  ])('%j, <%s>, limit %p', (html, tagName, limit, expected) => {
    expect(findElements(html, tagName, limit)).toEqual(expected);
  });
});

describe('removeElements and removeComments', () => {
  it.each([
    ['a<script>x</script>b<style type="t">y</STYLE>c', 'abc'],
    ['a<script>never closed', 'a'],
    ['a<svg><path/></svg>b', 'ab'],
  ])('removeElements(%j) → %j', (html, expected) => {
    expect(removeElements(html, ['script', 'style', 'svg'])).toBe(expected);
  });

  it.each([
    ['a<!-- x -->b<!---->c', 'abc'],
    ['a<!-- never closed', 'a'],
    ['a -- > b', 'a -- > b'],
  ])('removeComments(%j) → %j', (html, expected) => {
    expect(removeComments(html)).toBe(expected);
  });
});
