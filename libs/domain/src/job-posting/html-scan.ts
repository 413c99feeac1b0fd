import { findElements } from './html-elements';
import { decodeHtmlEntities } from './html-entities';
import { cleanInlineText, collapseWhitespace } from './html-text';

/** Hand-written reading of the few parts of a page we need; there is no DOM where this runs. */

const META = /<meta\b((?:[^<>"']|"[^"<]*"|'[^'<]*')*)>/gi;
const LINK = /<link\b((?:[^<>"']|"[^"<]*"|'[^'<]*')*)>/gi;
const HTML_MARKER = /<(?:!doctype\s+html|html|head|body|meta|script|title|link|div|p|h[1-6]|article|section|main|span|ul|li|a)\b/i;
const ATTRIBUTE = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** Attribute names lower-cased, values entity-decoded; a bare attribute has the value "". */
export function readAttributes(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of source.matchAll(ATTRIBUTE)) {
    const name = match[1].toLowerCase();
    if (attributes.has(name)) continue; // as in browsers, the first of a repeated attribute counts
    attributes.set(name, decodeHtmlEntities(match[2] ?? match[3] ?? match[4] ?? ''));
  }
  return attributes;
}

/**
 * The text of every <script type="application/ld+json">, in page order. The type is compared loosely
 * (`type = ' Application/LD+JSON '`, or with a `;charset` parameter) because hand-made templates vary;
 * comment and CDATA wrappers some CMSs add around the JSON are removed.
 */
export function extractJsonLdBlocks(html: string): string[] {
  const blocks: string[] = [];
  for (const script of findElements(html, 'script')) {
    const type = readAttributes(script.attributes).get('type') ?? '';
    const mediaType = type.split(';')[0].replace(/["'\s]/g, '').toLowerCase();
    if (mediaType !== 'application/ld+json') continue;
    blocks.push(unwrapScriptText(script.content));
  }
  return blocks;
}

function unwrapScriptText(text: string): string {
  return text
    .trim()
    .replace(/^(?:\/\/\s*)?<!\[CDATA\[/, '')
    .replace(/(?:\/\/\s*)?\]\]>$/, '')
    .replace(/^<!--/, '')
    .replace(/-->$/, '')
    .trim();
}

/**
 * `<meta>` values by their `property` or `name` (lower-cased), first occurrence winning: Open Graph tags
 * are meant to use `property`, but `name="og:title"` is common enough to accept.
 */
export function readMetaTags(html: string): Map<string, string> {
  const values = new Map<string, string>();
  for (const match of html.matchAll(META)) {
    const attributes = readAttributes(match[1]);
    const key = (attributes.get('property') ?? attributes.get('name') ?? '').trim().toLowerCase();
    const content = collapseWhitespace(attributes.get('content') ?? '');
    if (key && content && !values.has(key)) values.set(key, content);
  }
  return values;
}

/** The `<link rel="canonical">` address, a page's own URL when it has no og:url. */
export function readCanonicalUrl(html: string): string | null {
  for (const match of html.matchAll(LINK)) {
    const attributes = readAttributes(match[1]);
    const rel = (attributes.get('rel') ?? '').toLowerCase().split(/\s+/);
    const href = (attributes.get('href') ?? '').trim();
    if (rel.includes('canonical') && href) return href;
  }
  return null;
}

/** The text of the first element with this tag name (e.g. "title", "h1"), or null when absent or empty. */
export function readFirstElementText(html: string, tagName: string): string | null {
  const [element] = findElements(html, tagName, 1);
  if (!element) return null;
  return cleanInlineText(element.content) || null;
}

/** Enough to tell a pasted page or fragment from plain text that happens to contain a "<". */
export function looksLikeHtml(text: string): boolean {
  return HTML_MARKER.test(text);
}
