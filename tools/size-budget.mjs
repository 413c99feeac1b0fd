// The first load's weight, as a browser on a slow phone pays it: the entry script, the scripts it
// preloads and the stylesheets dist/web/index.html names, each gzip-compressed. Fails above budget.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

// KB = 1024 bytes.
const BUDGET_KB = { js: 200, css: 30 };
const dist = path.resolve(import.meta.dirname, '../dist/web');
const html = readFileSync(path.join(dist, 'index.html'), 'utf8');

const attr = (tag, name) => new RegExp(`\\s${name}="([^"]+)"`).exec(tag)?.[1];
const files = { js: [], css: [] };
for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/g)) {
  if (tag.startsWith('<script') && attr(tag, 'type') === 'module' && attr(tag, 'src')) files.js.push(attr(tag, 'src'));
  else if (attr(tag, 'rel') === 'modulepreload') files.js.push(attr(tag, 'href'));
  else if (attr(tag, 'rel') === 'stylesheet') files.css.push(attr(tag, 'href'));
}
if (files.js.length === 0) throw new Error('size budget: index.html names no entry script');

const gzipKb = (href) => gzipSync(readFileSync(path.join(dist, href.replace(/^\//, ''))), { level: 9 }).length / 1024;
let failed = false;
for (const kind of ['js', 'css']) {
  const sizes = files[kind].map((href) => ({ href, kb: gzipKb(href) })).sort((a, b) => b.kb - a.kb);
  const total = sizes.reduce((sum, { kb }) => sum + kb, 0);
  const over = total > BUDGET_KB[kind];
  failed ||= over;
  console.log(`${kind}: ${total.toFixed(1)} KB gzip in ${sizes.length} files (budget ${BUDGET_KB[kind]} KB)${over ? ' OVER BUDGET' : ''}`);
  for (const { href, kb } of sizes) console.log(`  ${kb.toFixed(1).padStart(6)} KB  ${href}`);
}
if (failed) {
  console.error('size budget: the first load is over budget (see above)');
  process.exit(1);
}
