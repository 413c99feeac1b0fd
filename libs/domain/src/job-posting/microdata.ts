import { removeComments, removeElements } from './html-elements';
import { readAttributes } from './html-scan';
import type { JsonObject } from './json-ld';

/**
 * schema.org microdata (`itemscope itemtype="https://schema.org/JobPosting"` with `itemprop`s), read into
 * the same shape as JSON-LD so one reader fills the draft from either. Older career sites and some
 * applicant tracking systems mark postings up this way and have no JSON-LD.
 *
 * There is no DOM where this runs: tags are read in one pass with a stack of open elements, as forgiving
 * as a browser about unclosed ones, and bounded so a hostile page stays linear.
 */

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^<>"']|"[^"<]*"|'[^'<]*')*)>/g;
const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Where an element keeps its value in an attribute rather than its content (the microdata spec's table). */
const VALUE_ATTRIBUTES: Readonly<Record<string, string>> = {
  meta: 'content', a: 'href', area: 'href', link: 'href', img: 'src', source: 'src', audio: 'src', video: 'src', embed: 'src',
  iframe: 'src', object: 'data', time: 'datetime', data: 'value', meter: 'value',
};
/** Far beyond any real posting; a page past these is hostile or broken, and what was read so far is kept. */
const MAX_OPEN_ELEMENTS = 512;
const MAX_PROPERTIES = 300;
const MAX_VALUE_CHARACTERS = 100_000;

interface Item {
  type: string | null;
  properties: Map<string, unknown[]>;
}

interface OpenElement {
  name: string;
  /** Where its content starts in the page. */
  contentStart: number;
  /** The item its properties belong to, and the properties it holds (when it holds text). */
  owner: Item | null;
  properties: string[];
  attributes: Map<string, string>;
  /** The item it starts (itemscope), if any. */
  item: Item | null;
}

/** Every JobPosting item on the page, outermost first, as JSON-LD-like objects. */
export function findMicrodataJobPostings(html: string): JsonObject[] {
  if (!/itemtype\s*=\s*["']?[^"'>]*jobposting/i.test(html)) return [];
  const page = removeElements(removeComments(html), ['script', 'style', 'template']);
  const items: Item[] = [];
  const open: OpenElement[] = [];
  const openCount = new Map<string, number>();
  let propertyCount = 0;

  const owningItem = (): Item | null => {
    for (let index = open.length - 1; index >= 0; index--) if (open[index].item) return open[index].item;
    return null;
  };
  const addProperty = (owner: Item | null, names: readonly string[], value: unknown) => {
    if (!owner || propertyCount >= MAX_PROPERTIES) return;
    for (const name of names) {
      propertyCount++;
      owner.properties.set(name, [...(owner.properties.get(name) ?? []), value]);
    }
  };
  const close = (element: OpenElement, contentEnd: number) => {
    openCount.set(element.name, (openCount.get(element.name) ?? 1) - 1);
    if (element.properties.length === 0 || element.item) return;
    const fromAttribute = valueFromAttribute(element.name, element.attributes);
    const value = fromAttribute ?? page.slice(element.contentStart, Math.min(contentEnd, element.contentStart + MAX_VALUE_CHARACTERS));
    addProperty(element.owner, element.properties, value);
  };

  for (const tag of page.matchAll(TAG)) {
    const [whole, slash, rawName, attributeText] = tag;
    const name = rawName.toLowerCase();
    if (slash) {
      if ((openCount.get(name) ?? 0) === 0) continue; // a stray closing tag closes nothing, as in a browser
      for (let element = open.pop(); element; element = open.pop()) {
        close(element, tag.index);
        if (element.name === name) break;
      }
      continue;
    }
    if (open.length >= MAX_OPEN_ELEMENTS) break;
    const attributes = readAttributes(attributeText);
    const properties = (attributes.get('itemprop') ?? '').split(/\s+/).filter(Boolean);
    const owner = owningItem();
    let item: Item | null = null;
    if (attributes.has('itemscope')) {
      item = { type: attributes.get('itemtype')?.trim().split(/\s+/)[0] ?? null, properties: new Map() };
      if (properties.length > 0 && owner) addProperty(owner, properties, item);
      else items.push(item);
    }
    const selfClosing = VOID_ELEMENTS.has(name) || attributeText.trimEnd().endsWith('/');
    if (selfClosing) {
      if (properties.length > 0 && !item) addProperty(owner, properties, valueFromAttribute(name, attributes) ?? '');
      continue;
    }
    open.push({ name, contentStart: tag.index + whole.length, owner, properties, attributes, item });
    openCount.set(name, (openCount.get(name) ?? 0) + 1);
  }
  for (let element = open.pop(); element; element = open.pop()) close(element, page.length);

  return collectJobPostings(items);
}

function valueFromAttribute(name: string, attributes: ReadonlyMap<string, string>): string | null {
  // Any element may carry its value in `content` (a common way to give a machine-readable date or amount).
  const attribute = attributes.has('content') ? 'content' : VALUE_ATTRIBUTES[name];
  return attribute !== undefined && attributes.has(attribute) ? (attributes.get(attribute) ?? '') : null;
}

/** JobPosting items among the top-level items and their descendants. */
function collectJobPostings(items: readonly Item[]): JsonObject[] {
  const postings: JsonObject[] = [];
  const seen = new Set<Item>();
  const visit = (item: Item, depth: number) => {
    if (seen.has(item) || depth > 16) return;
    seen.add(item);
    if (/jobposting$/i.test(item.type ?? '')) {
      postings.push(toJson(item, 0));
      return;
    }
    for (const values of item.properties.values()) for (const value of values) if (isItem(value)) visit(value, depth + 1);
  };
  for (const item of items) visit(item, 0);
  return postings;
}

function toJson(item: Item, depth: number): JsonObject {
  const object: Record<string, unknown> = { '@type': item.type ?? '' };
  for (const [name, values] of item.properties) {
    const converted = values.map((value) => (isItem(value) ? (depth < 8 ? toJson(value, depth + 1) : null) : value));
    object[name] = converted.length === 1 ? converted[0] : converted;
  }
  return object;
}

function isItem(value: unknown): value is Item {
  return typeof value === 'object' && value !== null && 'properties' in value && (value as Item).properties instanceof Map;
}
