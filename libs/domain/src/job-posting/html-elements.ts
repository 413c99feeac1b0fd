/**
 * Element finding that stays linear in the page size. A lazy regular expression such as
 * /<script>([\s\S]*?)<\/script>/ rescans the rest of the page for every unclosed opening tag, which a
 * hostile 2 MB paste turns into minutes of blocked event loop; here each closing tag is searched for once,
 * and a missing one ends the search (nothing later can close it either).
 */

/** Attribute text may quote ">" but never spans a "<", which bounds every attempt to the next tag. */
const ATTRIBUTES = `((?:[^<>"']|"[^"<]*"|'[^'<]*')*)`;

export interface HtmlElement {
  /** The raw attribute text of the opening tag. */
  attributes: string;
  /** The raw text between the opening and closing tags. */
  content: string;
}

/** Elements with this tag name, in page order, until `limit` are found or one is left unclosed. */
export function findElements(html: string, tagName: string, limit = Number.POSITIVE_INFINITY): HtmlElement[] {
  const opening = new RegExp(`<${tagName}\\b${ATTRIBUTES}>`, 'gi');
  const closing = new RegExp(`</${tagName}\\s*>`, 'gi');
  const elements: HtmlElement[] = [];
  let open: RegExpExecArray | null;
  while (elements.length < limit && (open = opening.exec(html)) !== null) {
    closing.lastIndex = opening.lastIndex;
    const close = closing.exec(html);
    if (close === null) break;
    elements.push({ attributes: open[1], content: html.slice(opening.lastIndex, close.index) });
    opening.lastIndex = closing.lastIndex;
  }
  return elements;
}

/** Drops these elements with their content; an unclosed one swallows the rest, as raw text elements do. */
export function removeElements(html: string, tagNames: readonly string[]): string {
  const opening = new RegExp(`<(${tagNames.join('|')})\\b${ATTRIBUTES}>`, 'gi');
  let result = '';
  let copiedUpTo = 0;
  let open: RegExpExecArray | null;
  while ((open = opening.exec(html)) !== null) {
    result += html.slice(copiedUpTo, open.index);
    const closing = new RegExp(`</${open[1]}\\s*>`, 'gi');
    closing.lastIndex = opening.lastIndex;
    const close = closing.exec(html);
    if (close === null) return result;
    copiedUpTo = opening.lastIndex = closing.lastIndex;
  }
  return result + html.slice(copiedUpTo);
}

/** Drops `<!-- … -->`; an unclosed comment hides the rest of the page, as in a browser. */
export function removeComments(html: string): string {
  let result = '';
  let copiedUpTo = 0;
  for (let start = html.indexOf('<!--'); start !== -1; start = html.indexOf('<!--', copiedUpTo)) {
    result += html.slice(copiedUpTo, start);
    const end = html.indexOf('-->', start + 4);
    if (end === -1) return result;
    copiedUpTo = end + 3;
  }
  return result + html.slice(copiedUpTo);
}
