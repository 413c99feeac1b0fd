import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'graphql';
import type { Plugin } from 'vite';

const PREFIX = 'onward-graphql-document:';
const RESOLVED = `\0${PREFIX}`;

/**
 * Each `graphql(`…`)` call becomes an import of its own document, as the client preset's Babel and
 * SWC plugins do, so that documents travel with the chunk of the page that uses them instead of
 * all sitting in gql.ts's one map, which the first load pulls in. Unlike those plugins, which
 * import from generated/gql/graphql.ts, each document is a module of its own: Rolldown splits
 * chunks by module, and that one file is shared by every page, so all documents would still
 * land in one common chunk of the first load.
 *
 * Source files keep calling `graphql()` (typed, and what the unit tests and `npm run dev` run), so a
 * new page needs nothing special. A call this cannot resolve fails the build rather than silently
 * keeping the map.
 */
export function graphqlDocuments(generatedDir: string): Plugin {
  const documentsFile = path.join(generatedDir, 'graphql.ts');
  // Export name → the document as JSON: codegen writes each on one line.
  let documents = new Map<string, string>();
  const call = /\bgraphql\(\s*(?:\/\*[^*]*\*\/\s*)?`([^`]*)`\s*\)/g;

  return {
    name: 'onward-graphql-documents',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      const generated = readFileSync(documentsFile, 'utf8');
      documents = new Map([...generated.matchAll(/^export const (\w+) = (\{"kind":"Document".*\}) as unknown as DocumentNode<.*>;$/gm)].map((match) => [match[1], match[2]]));
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return null;
      return `export default ${documents.get(id.slice(RESOLVED.length))};`;
    },
    transform(code, id) {
      const file = id.split('?', 1)[0];
      if (!/\.tsx?$/.test(file) || file.startsWith(generatedDir) || !code.includes('graphql(`')) return null;
      const imports = new Map<string, string>();
      const replaced = code.replace(call, (whole: string, source: string) => {
        if (source.includes('${')) this.error(`graphql() takes a plain document, without \${}: ${file}`);
        const [definition] = parse(source).definitions;
        const name = definition && 'name' in definition ? definition.name?.value : undefined;
        if (!name || (definition.kind !== 'OperationDefinition' && definition.kind !== 'FragmentDefinition')) {
          this.error(`graphql() needs a named operation or fragment first: ${file}`);
        }
        // The client preset's names for a document (the same as its Babel plugin derives).
        const exportName = definition.kind === 'OperationDefinition' ? `${name}Document` : `${name}FragmentDoc`;
        if (!documents.has(exportName)) this.error(`${exportName} is not in ${documentsFile}: run \`npm run codegen\` (${file})`);
        const local = `__gql_${exportName}`;
        imports.set(local, `import ${local} from ${JSON.stringify(PREFIX + exportName)};`);
        // As many lines as the call had, so that the rest of the file keeps its line numbers.
        return local + '\n'.repeat(whole.split('\n').length - 1);
      });
      if (imports.size === 0) return null;
      // On the first line, before what was there: no line moves, hence `map: null`.
      return { code: [...imports.values()].join('') + replaced, map: null };
    },
  };
}
