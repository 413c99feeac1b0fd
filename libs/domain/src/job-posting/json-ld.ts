/** A parsed JSON object, read field by field with the narrowing helpers below. */
export type JsonObject = { readonly [key: string]: unknown };

/** Deeper than any real page nests; keeps a hostile document from exhausting the stack. */
const MAX_DEPTH = 32;

export type JsonParseOutcome = { ok: true; value: unknown } | { ok: false; error: string };

/**
 * JSON.parse, retried once with raw control characters inside strings escaped: many job pages print
 * descriptions with literal line breaks into their JSON-LD, which browsers and search engines tolerate.
 */
export function parseJsonLenient(text: string): JsonParseOutcome {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    try {
      return { ok: true, value: JSON.parse(escapeControlCharactersInStrings(text)) };
    } catch {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  }
}

function escapeControlCharactersInStrings(text: string): string {
  let result = '';
  let inString = false;
  let escaped = false;
  for (const character of text) {
    if (inString && !escaped && character < ' ') {
      result += `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
      continue;
    }
    result += character;
    if (escaped) escaped = false;
    else if (character === '\\') escaped = inString;
    else if (character === '"') inString = !inString;
  }
  return result;
}

/**
 * Every JobPosting in a JSON-LD document, in document order: at the top level, in arrays, in `@graph`,
 * or nested inside another node (a WebPage's `mainEntity`). A JobPosting's own properties are not searched
 * for more postings, but its references (`"hiringOrganization": {"@id": "…#organization"}`, as Yoast
 * writes them) are replaced by the node of that id elsewhere in the document.
 */
export function findJobPostings(document: unknown): JsonObject[] {
  const postings: JsonObject[] = [];
  const nodesById = new Map<string, JsonObject>();
  const visit = (value: unknown, depth: number): void => {
    if (depth > MAX_DEPTH) return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
      return;
    }
    if (!isJsonObject(value)) return;
    const id = asText(value['@id']);
    if (id !== null && !isReference(value) && !nodesById.has(id)) nodesById.set(id, value);
    if (isJobPosting(value)) postings.push(value);
    else for (const child of Object.values(value)) visit(child, depth + 1);
  };
  visit(document, 0);
  return postings.map((posting) => resolveReferences(posting, nodesById));
}

/** One level deep is enough for the properties a draft reads. */
function resolveReferences(posting: JsonObject, nodesById: ReadonlyMap<string, JsonObject>): JsonObject {
  const resolve = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(resolve);
    if (!isJsonObject(value) || !isReference(value)) return value;
    return nodesById.get(asText(value['@id']) ?? '') ?? value;
  };
  return Object.fromEntries(Object.entries(posting).map(([key, value]) => [key, resolve(value)]));
}

/** A node that only points at another: `{"@id": "…"}`. */
function isReference(node: JsonObject): boolean {
  const keys = Object.keys(node);
  return keys.length === 1 && keys[0] === '@id';
}

/** `@type` may be a string or a list, and may carry a vocabulary prefix ("schema:", "https://schema.org/"). */
function isJobPosting(node: JsonObject): boolean {
  return asArray(node['@type']).some(
    (type) => typeof type === 'string' && type.trim().replace(/^.*[/:#]/, '').toLowerCase() === 'jobposting',
  );
}

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function asArray(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** A trimmed non-empty string, or null for anything else. */
export function asText(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}
