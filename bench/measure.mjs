// Checks and load runs with autocannon. A response counts only if it is a 2xx with `data` and no
// `errors`; any other answer fails the bench rather than flattering a server. Servers are described
// in servers.mjs: what each is sent for an operation and a viewer, and how its answer maps onto the
// web app's shape.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import autocannon from 'autocannon';

export async function requestOnce(server, op, viewer) {
  const { headers, body } = server.request(op, viewer);
  const response = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const answer = await response.json();
  if (response.status !== 200 || answer.errors || !answer.data) throw new Error(`${op.key} on ${server.name}: ${response.status} ${JSON.stringify(answer.errors ?? answer)}`);
  return server.toOnward(op, answer.data);
}

/**
 * Order-insensitive where the product promises no order (lists of things with ids); __typename
 * dropped, and the fields named in `leftOut` (what one side's shape does not carry).
 */
export function normalise(value, leftOut = []) {
  if (Array.isArray(value)) {
    const items = value.map((item) => normalise(item, leftOut));
    return items.every((item) => item && typeof item === 'object' && 'id' in item) ? items.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) : items;
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => k !== '__typename' && !leftOut.includes(k))
        .map(([k, v]) => [k, normalise(v, leftOut)]),
    );
  }
  return value;
}

function firstDifference(a, b, at = '') {
  if (isDeepStrictEqual(a, b)) return null;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const found = firstDifference(a[key], b[key], `${at}.${key}`);
      if (found) return found;
    }
  }
  return `${at}: ${JSON.stringify(a)?.slice(0, 200)} vs ${JSON.stringify(b)?.slice(0, 200)}`;
}

/** The reference's answer (normalised), after checking that every other server gives the same. */
export async function sameData([reference, ...others], op, viewer) {
  const answer = await requestOnce(reference, op, viewer);
  for (const other of others) {
    const difference = firstDifference(normalise(answer, other.leavesOut), normalise(await requestOnce(other, op, viewer), other.leavesOut));
    if (difference) throw new Error(`${op.key} for ${viewer.label}: ${reference.name} and ${other.name} differ at ${difference}`);
  }
  return normalise(answer);
}

/** Statements a server's pool ran for one request, for servers that count them (`statementsUrl`). */
export async function statementsPerRequest(server, op, viewer) {
  const read = async () => (await (await fetch(server.statementsUrl)).json()).statements;
  const before = await read();
  await requestOnce(server, op, viewer);
  return (await read()) - before;
}

const goodBody = (body) => body.startsWith('{"data":') && !body.includes('"errors":');

const CLOCK_TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

/** CPU milliseconds a process has used (user + system), from /proc: what other work on the machine disturbs least. */
function cpuMillis(pid) {
  // Fields after the command name, which is in parentheses and may hold spaces: utime and stime are the 12th and 13th.
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
}

export async function load(server, op, viewer, { seconds, connections = 10, overallRate }) {
  const { headers, body } = server.request(op, viewer);
  const cpuBefore = cpuMillis(server.pid);
  const result = await autocannon({
    url: server.url,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
    connections,
    duration: seconds,
    overallRate,
    verifyBody: goodBody,
  });
  const bad = result.non2xx + result.errors + result.timeouts + (result.mismatches ?? 0);
  if (bad > 0) throw new Error(`${op.key} on ${server.name}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts, ${result.mismatches} bodies with errors`);
  const cpuMsPerRequest = (cpuMillis(server.pid) - cpuBefore) / Math.max(1, result.requests.total);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, total: result.requests.total, cpuMsPerRequest, cpuPerRequest: cpuMsPerRequest * 1000 };
}
