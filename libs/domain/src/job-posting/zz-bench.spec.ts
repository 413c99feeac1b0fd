import { parseJobPosting } from '/work/main/libs/domain/src/job-posting';
import { htmlToText } from '/work/main/libs/domain/src/job-posting/html-text';
const N = 1_900_000;
const cases: [string, string][] = [
  ['unclosed script', '<html>' + '<script>'.repeat(N / 8)],
  ['unclosed comment', '<html>' + '<!--'.repeat(N / 4)],
  ['unclosed tag', '<html>' + '<a '.repeat(N / 3)],
  ['unclosed quote', '<html>' + '<a "'.repeat(N / 4)],
  ['unclosed title', '<html>' + '<title>'.repeat(N / 7)],
  ['meta', '<html>' + '<meta '.repeat(N / 6)],
  ['big real', '<html><title>x</title>' + '<p>hello <b>world</b> &amp; more</p>'.repeat(N / 40)],
  ['plain', 'Title\n' + 'word at word - x\n'.repeat(N / 17)],
  ['json', '{"@type":"JobPosting","description":"' + '&lt;p&gt;x'.repeat(N / 12) + '"}'],
];
it.each(cases)('%s', (_n, input) => {
  const start = Date.now();
  parseJobPosting(input);
  htmlToText(input);
  console.log(_n, Date.now() - start, 'ms');
});
