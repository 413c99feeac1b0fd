// `node bench/profile-summary.mjs <file.cpuprofile> [top]`: where a V8 CPU profile (BENCH_CPU_PROF)
// spent its time, by self time: the heaviest functions, and the share per package or area, so a
// profile can be read in a closing note without a browser.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

// --from/--to (seconds since the profile started) keep one phase, e.g. one operation's load run:
// --timeline prints the busy share per second to find it.
const { values, positionals } = parseArgs({ allowPositionals: true, options: { from: { type: 'string' }, to: { type: 'string' }, top: { type: 'string', default: '25' }, timeline: { type: 'boolean' } } });
const [file] = positionals;
if (!file) throw new Error('usage: node bench/profile-summary.mjs <file.cpuprofile> [--from s] [--to s] [--top n] [--timeline]');
const top = Number(values.top);
const from = Number(values.from ?? 0) * 1e6;
const to = values.to === undefined ? Infinity : Number(values.to) * 1e6;
const profile = JSON.parse(readFileSync(file, 'utf8'));

const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const selfMicros = new Map();
const busyPerSecond = [];
let at = 0;
for (let i = 0; i < profile.samples.length; i += 1) {
  const id = profile.samples[i];
  const delta = profile.timeDeltas[i] ?? 0;
  at += delta;
  const second = Math.floor(at / 1e6);
  if (byId.get(id).callFrame.functionName !== '(idle)') busyPerSecond[second] = (busyPerSecond[second] ?? 0) + delta;
  if (at < from || at > to) continue;
  selfMicros.set(id, (selfMicros.get(id) ?? 0) + delta);
}
if (values.timeline) console.log(`busy share per second:\n${Array.from(busyPerSecond, (micros, second) => `${second}s ${Math.round((micros ?? 0) / 1e4)}%`).join('  ')}\n`);

function area(url, name) {
  if (name === '(garbage collector)') return 'garbage collection';
  if (name === '(idle)' || name === '(program)') return name;
  if (!url) return 'node / V8 internals';
  const pkg = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (pkg) return pkg[1];
  if (url.startsWith('node:')) return 'node core';
  if (url.includes('/dist/apps/api/')) return 'Onward API';
  if (url.includes('/dist/libs/')) return 'Onward libs';
  return 'other';
}

const functions = new Map();
const areas = new Map();
let total = 0;
let idle = 0;
for (const [id, micros] of selfMicros) {
  const { callFrame } = byId.get(id);
  const where = area(callFrame.url, callFrame.functionName);
  if (where === '(idle)') {
    idle += micros;
    continue;
  }
  total += micros;
  const key = `${callFrame.functionName || '(anonymous)'}  ${callFrame.url.replace(/^.*node_modules\//, '').replace(/^.*\/dist\//, 'dist/')}:${callFrame.lineNumber + 1}`;
  functions.set(key, (functions.get(key) ?? 0) + micros);
  areas.set(where, (areas.get(where) ?? 0) + micros);
}

const pct = (micros) => `${((100 * micros) / total).toFixed(1).padStart(5)}%`;
console.log(`busy ${(total / 1e6).toFixed(2)} s, idle ${(idle / 1e6).toFixed(2)} s\n\nby area (self time):`);
for (const [name, micros] of [...areas].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${pct(micros)}  ${name}`);
console.log('\nheaviest functions (self time):');
for (const [name, micros] of [...functions].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${pct(micros)}  ${name}`);
