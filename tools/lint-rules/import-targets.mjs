// Shared by the local boundary rules: where a file sits and where each of its imports lands, both as
// paths relative to the repository root ('apps/web/src/features/home/HomePage.tsx').
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

/** The file's path from the repository root, with forward slashes. */
export function repoPath(absolute) {
  return path.relative(root, absolute).split(path.sep).join('/');
}

/** The repository path a relative or absolute specifier points at; undefined for a package or an alias. */
export function resolveSpecifier(fromFile, specifier) {
  if (!specifier.startsWith('.') && !path.isAbsolute(specifier)) return undefined;
  return repoPath(path.resolve(path.dirname(fromFile), specifier));
}

/** True when repository path `file` is `dir` itself or lies inside it. */
export function isInside(file, dir) {
  return file === dir || file.startsWith(`${dir}/`);
}

/** The first folder below `dir` that holds `file` ('growth' for dir/growth/x/y.ts); undefined when none. */
export function folderBelow(file, dir) {
  if (!file.startsWith(`${dir}/`)) return undefined;
  const rest = file.slice(dir.length + 1).split('/');
  return rest.length > 1 ? rest[0] : undefined;
}

/**
 * Visitors that call `check(node, specifier)` for every static import, re-export, dynamic `import()`,
 * `require()` and `import('…')` type whose specifier is a string literal.
 */
export function importVisitors(check) {
  const literal = (node, source) => {
    if (source?.type === 'Literal' && typeof source.value === 'string') check(node, source.value);
  };
  return {
    ImportDeclaration: (node) => literal(node, node.source),
    ExportNamedDeclaration: (node) => literal(node, node.source),
    ExportAllDeclaration: (node) => literal(node, node.source),
    ImportExpression: (node) => literal(node, node.source),
    TSImportType: (node) => literal(node, node.source),
    CallExpression: (node) => {
      if (node.callee.type === 'Identifier' && node.callee.name === 'require') literal(node, node.arguments[0]);
    },
  };
}
