import { removeComments, removeElements } from './html-elements';
import { decodeHtmlEntities } from './html-entities';

/** Elements whose content is never readable text. */
const INVISIBLE_ELEMENTS = ['script', 'style', 'noscript', 'template', 'head', 'svg', 'iframe'];
const DECLARATION = /<[!?][^<>]*>/g;
/** A start or end tag; quoted attribute values may hold ">", nothing spans a "<" (see html-elements.ts). */
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^<>"']|"[^"<]*"|'[^'<]*')*)>/g;
const ANY_TAG = /<\/?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?\/?>/;

/** Blocks that end a paragraph: a blank line around them. */
const PARAGRAPH_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'dl', 'table', 'blockquote', 'pre', 'hr']);
/** Blocks that only start a new line. */
const LINE_TAGS = new Set([
  'div', 'section', 'article', 'header', 'footer', 'main', 'aside', 'nav', 'figure', 'figcaption', 'address',
  'tr', 'dt', 'dd', 'form', 'fieldset', 'details', 'summary', 'body', 'html',
]);
const CELL_TAGS = new Set(['td', 'th']);

// Placeholders for the breaks blocks cause, resolved once all tags are read: nested blocks
// ("<div><div><p>") must give one break, not one per tag.
const LINE_BREAK = '\u0001';
const PARAGRAPH_BREAK = '\u0002';
const BREAK_RUN = /[ \n\u0001\u0002]+/g;

/**
 * Turns an HTML fragment or page into readable plain text: paragraphs and headings separated by a blank
 * line, other blocks and <br> by a line break, list items as "- item", entities decoded, and whitespace
 * collapsed as a browser would render it.
 */
export function htmlToText(html: string): string {
  const withoutPlaceholders = html.replace(/[\u0001\u0002]/g, '');
  const visible = removeElements(removeComments(withoutPlaceholders), INVISIBLE_ELEMENTS).replace(DECLARATION, '');
  // Source line breaks are just spaces in HTML; only tags make new lines.
  const collapsed = visible.replace(/\s+/g, ' ');
  const withBreaks = collapsed.replace(TAG, (_tag, closing: string, rawName: string) => {
    const name = rawName.toLowerCase();
    if (name === 'br') return '\n';
    if (name === 'li') return closing ? LINE_BREAK : `${LINE_BREAK}- `;
    if (PARAGRAPH_TAGS.has(name)) return PARAGRAPH_BREAK;
    if (LINE_TAGS.has(name)) return LINE_BREAK;
    if (CELL_TAGS.has(name)) return ' ';
    return '';
  });
  // A run of breaks is a blank line if any of it ends a paragraph (or holds two <br>), else one new line.
  const resolved = withBreaks.replace(BREAK_RUN, (run) => {
    if (!run.includes(LINE_BREAK) && !run.includes(PARAGRAPH_BREAK)) return run;
    return run.includes(PARAGRAPH_BREAK) || run.split('\n').length > 2 ? '\n\n' : '\n';
  });
  return tidyLines(decodeHtmlEntities(resolved));
}

/**
 * Text that may be HTML, HTML escaped once more (Greenhouse puts "&lt;p&gt;…" in its JSON-LD), or plain
 * text with its own line breaks. Escaped HTML is unescaped once before its tags are read; text without
 * tags keeps its line breaks.
 */
export function richTextToPlain(text: string): string {
  if (looksLikeEscapedHtml(text)) return htmlToText(decodeHtmlEntities(text));
  if (ANY_TAG.test(text)) return htmlToText(text);
  return tidyLines(decodeHtmlEntities(text));
}

/** A one-line value (title, company): entities decoded, tags dropped, whitespace collapsed. */
export function cleanInlineText(text: string): string {
  return collapseWhitespace(decodeHtmlEntities(text.replace(TAG, ' ')));
}

/** For text whose entities are already decoded (attribute values): one line, no odd spaces. */
export function collapseWhitespace(text: string): string {
  return normalizeSpaces(text).trim();
}

function looksLikeEscapedHtml(text: string): boolean {
  return /&lt;\/?[a-zA-Z][a-zA-Z0-9]*(?:\s|&gt;|\/)/.test(text) && !ANY_TAG.test(text);
}

/** Trims every line, shortens runs of blank lines to one, and trims the whole. */
function tidyLines(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => normalizeSpaces(line).trim())
    .filter((line) => line !== '-') // an empty list item
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Non-breaking and other odd spaces read as ordinary spaces; soft hyphens and zero widths disappear. */
function normalizeSpaces(text: string): string {
  return text.replace(/[\u00ad\u200b\u200c\u200d\ufeff]/g, '').replace(/[\s\u00a0]+/g, ' ');
}
