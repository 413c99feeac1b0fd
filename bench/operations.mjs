// The measured operations, as the web app sends them: the document text is read from the web app's
// generated documents (apps/web/src/generated/gql/gql.ts), with the fragments each one spreads.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { root } from './environment.mjs';

/** The documents and fragments of a generated `gql.ts` (the web app's by default), by name. */
export function generatedDocuments(file = 'apps/web/src/generated/gql/gql.ts') {
  const source = readFileSync(path.join(root, file), 'utf8');
  const definitions = new Map();
  for (const match of source.matchAll(/^ {4}("(?:[^"\\]|\\.)*"): types\.\w+,$/gm)) {
    const text = JSON.parse(match[1]);
    const name = /(?:query|mutation|fragment)\s+(\w+)/.exec(text)?.[1];
    if (name) definitions.set(name, text.trim());
  }
  return definitions;
}

export function withFragments(definitions, name) {
  const seen = new Set();
  const visit = (current) => {
    if (seen.has(current)) return;
    seen.add(current);
    const text = definitions.get(current);
    if (!text) throw new Error(`the web app has no document or fragment named ${current}`);
    for (const [, spread] of text.matchAll(/\.\.\.(\w+)/g)) visit(spread);
  };
  visit(name);
  return [...seen].map((n) => definitions.get(n)).join('\n\n');
}

const definitions = generatedDocuments();
const operation = (key, operationName, variables) => ({ key, operationName, variables, query: withFragments(definitions, operationName) });

export const OPERATIONS = [
  operation('me', 'Viewer', {}),
  operation('team', 'Team', {}),
  operation('sharedWithMe', 'SharedWithMe', { first: 50 }),
  operation('myInterestingRoles', 'MyRoles', { first: 50 }),
];

export function bodyOf(op) {
  return JSON.stringify({ operationName: op.operationName, query: op.query, variables: op.variables });
}
