import { acceptsHtml } from './web-app';

describe('acceptsHtml, as Express’s req.accepts("html") decided', () => {
  it('takes HTML when the header is missing, names it, or covers it with a wildcard', () => {
    for (const accept of [undefined, '', 'text/html', 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', 'text/*', '*/*', 'application/json, */*;q=0.1', 'TEXT/HTML']) {
      expect({ accept, html: acceptsHtml(accept) }).toEqual({ accept, html: true });
    }
  });

  it('does not when nothing covers it or the most specific range covering it says q=0', () => {
    for (const accept of ['application/json', 'image/*', 'text/html;q=0, */*', 'text/*;q=0', 'nonsense']) {
      expect({ accept, html: acceptsHtml(accept) }).toEqual({ accept, html: false });
    }
  });
});
