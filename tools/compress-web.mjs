// After `vite build`: writes a brotli (.br, best quality) and a gzip (.gz, level 9) copy beside each
// text file of dist/web, which the API sends to browsers that accept them. Compressing once at build
// time lets the slowest, smallest settings be used at no cost per request.
import { readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

const dist = path.resolve(process.argv[2] ?? path.join(import.meta.dirname, '../dist/web'));
const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|webmanifest|txt)$/;

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else if (COMPRESSIBLE.test(entry.name)) yield full;
  }
}

async function compress(file) {
  const original = await readFile(file);
  const [brotli, gzipped] = await Promise.all([
    brotliAsync(original, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: original.length,
      },
    }),
    gzipAsync(original, { level: 9 }),
  ]);
  // A copy no smaller than the file would only cost a header: the file itself is sent instead.
  if (brotli.length < original.length) await writeFile(`${file}.br`, brotli);
  if (gzipped.length < original.length) await writeFile(`${file}.gz`, gzipped);
  return { before: original.length, after: Math.min(brotli.length, original.length) };
}

// zlib's asynchronous calls run on libuv's thread pool, so the files are compressed in parallel.
const sizes = await Promise.all([...files(dist)].map(compress));
const kb = (bytes) => (bytes / 1024).toFixed(0);
const sum = (key) => sizes.reduce((total, size) => total + size[key], 0);
console.log(`compressed ${sizes.length} files in ${path.relative(process.cwd(), dist) || '.'}: ${kb(sum('before'))} KB, ${kb(sum('after'))} KB as brotli`);
