// Compiles the API and the domain library to CommonJS under dist/ with swc (about a second),
// keeping decorator metadata that NestJS, TypeORM and class-validator read at run time.
import { transformFile } from '@swc/core';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const out = path.join(root, 'dist');
const sources = ['apps/api/src', 'libs/domain/src'];

async function* walk(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') && !entry.name.endsWith('.d.ts')) yield full;
  }
}

function rewriteAlias(file) {
  // '@onward/domain' becomes a relative path to the compiled library.
  const target = path.join(out, 'libs/domain/src/index.js');
  let rel = path.relative(path.dirname(path.join(out, path.relative(root, file))), target).replace(/\.js$/, '');
  if (!rel.startsWith('.')) rel = `./${rel}`;
  return rel;
}

// dist/web belongs to the web build; only the API's own output is replaced.
for (const src of sources) await rm(path.join(out, src), { recursive: true, force: true });
let count = 0;
for (const src of sources) {
  for await (const file of walk(path.join(root, src))) {
    const { code, map } = await transformFile(file, {
      sourceMaps: true,
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
        target: 'es2022',
        keepClassNames: true,
      },
      module: { type: 'commonjs' },
    });
    const dest = path.join(out, path.relative(root, file)).replace(/\.ts$/, '.js');
    await mkdir(path.dirname(dest), { recursive: true });
    const alias = rewriteAlias(file);
    await writeFile(dest, code.replaceAll('require("@onward/domain")', `require("${alias}")`) + `\n//# sourceMappingURL=${path.basename(dest)}.map\n`);
    await writeFile(`${dest}.map`, map);
    count += 1;
  }
}
console.log(`build-api: compiled ${count} files to dist/`);
