// Checks and load runs with autocannon. A response counts only if it is a 2xx with `data` and no
// `errors`; any other answer fails the bench rather than flattering a server.
import { isDeepStrictEqual } from 'node:util';
import autocannon from 'autocannon';
import { bodyOf } from './operations.mjs';

export async function requestOnce(url, op, cookie) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: bodyOf(op) });
  const body = await response.json();
  if (response.status !== 200 || body.errors || !body.data) throw new Error(`${op.key} on ${url}: ${response.status} ${JSON.stringify(body.errors ?? body)}`);
  return body.data;
}

/** Order-insensitive where the product promises no order (lists of things with ids); __typename dropped. */
export function normalise(value) {
  if (Array.isArray(value)) {
    const items = value.map(normalise);
    return items.every((item) => item && typeof item === 'object' && 'id' in item) ? items.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) : items;
  }
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).filter(([k]) => k !== '__typename').map(([k, v]) => [k, normalise(v)]));
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

export async function sameData(servers, op, cookie) {
  const [reference, ...others] = servers;
  const expected = normalise(await requestOnce(reference.url, op, cookie));
  for (const other of others) {
    const difference = firstDifference(expected, normalise(await requestOnce(other.url, op, cookie)));
    if (difference) throw new Error(`${op.key}: ${reference.name} and ${other.name} differ at ${difference}`);
  }
  return expected;
}

const goodBody = (body) => body.startsWith('{"data":') && !body.includes('"errors":');

export async function load(url, op, cookie, { seconds, connections = 10, overallRate }) {
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: bodyOf(op),
    connections,
    duration: seconds,
    overallRate,
    verifyBody: goodBody,
  });
  const bad = result.non2xx + result.errors + result.timeouts + (result.mismatches ?? 0);
  if (bad > 0) throw new Error(`${op.key} on ${url}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts, ${result.mismatches} bodies with errors`);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, total: result.requests.total };
}
