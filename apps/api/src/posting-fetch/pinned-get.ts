import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { isHtmlMediaType } from '@onward/domain';

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

export type HopResult =
  | { kind: 'redirect'; location: string | undefined }
  | { kind: 'page'; contentType: string | undefined; body: Buffer };

/** A hop that reached the site but got no page to read. */
export class HopRefusal extends Error {
  constructor(
    readonly why: 'TOO_LARGE' | 'NOT_HTML' | 'HTTP_STATUS' | 'BAD_ENCODING',
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

export interface HopOptions {
  signal: AbortSignal;
  maxBytes: number;
  headers: Readonly<Record<string, string>>;
}

/**
 * One GET of `url`, connected to `address` and nowhere else: the host name was resolved and checked
 * before, and is sent only as the Host header and TLS server name (so certificates are still checked
 * against it). A second look-up, which DNS rebinding would answer differently, never happens; the
 * `lookup` below only repeats the checked address, should anything ask.
 *
 * Nothing is kept between hops: no agent, no keep-alive, no cookies. The body is counted as it arrives,
 * compressed and decompressed, and the request is cut as soon as either passes `maxBytes`.
 */
export function getPinned(url: URL, address: string, options: HopOptions): Promise<HopResult> {
  const family = isIP(address);
  const hostname = url.hostname.replace(/^\[|\]$/g, '');
  const pinnedLookup: LookupFunction = (_name, lookupOptions, callback) => {
    if (lookupOptions.all) (callback as unknown as (error: null, addresses: { address: string; family: number }[]) => void)(null, [{ address, family }]);
    else callback(null, address, family);
  };
  const client = url.protocol === 'https:' ? https : http;

  return new Promise<HopResult>((resolve, reject) => {
    let settled = false;
    const finish = (outcome: { ok: true; value: HopResult } | { ok: false; error: unknown }) => {
      if (settled) return;
      settled = true;
      request.destroy();
      if (outcome.ok) resolve(outcome.value);
      else reject(outcome.error);
    };
    const request = client.request({
      protocol: url.protocol,
      host: address,
      family,
      port: url.port === '' ? undefined : Number(url.port),
      path: `${url.pathname}${url.search}`,
      method: 'GET',
      headers: { ...options.headers, host: url.host },
      servername: isIP(hostname) ? '' : hostname,
      agent: false,
      lookup: pinnedLookup,
      signal: options.signal,
    });
    request.on('error', (error) => finish({ ok: false, error }));
    request.on('response', (response) => {
      const status = response.statusCode ?? 0;
      if (REDIRECT_STATUSES.has(status)) return finish({ ok: true, value: { kind: 'redirect', location: response.headers.location } });
      if (status < 200 || status > 299) {
        return finish({ ok: false, error: new HopRefusal('HTTP_STATUS', `The site answered ${status}${response.statusMessage ? ` ${response.statusMessage}` : ''}.`, status) });
      }
      const contentType = response.headers['content-type'];
      if (!isHtmlMediaType(contentType)) {
        const type = contentType?.split(';')[0].trim() || 'no type';
        return finish({ ok: false, error: new HopRefusal('NOT_HTML', `The link leads to ${type}, not a web page.`) });
      }
      const declared = Number(response.headers['content-length']);
      if (Number.isFinite(declared) && declared > options.maxBytes) return finish({ ok: false, error: tooLarge(options.maxBytes) });

      const decoded = decompressed(response, response.headers['content-encoding']);
      if (!decoded) return finish({ ok: false, error: new HopRefusal('BAD_ENCODING', 'The site sent the page in a compression Onward cannot read.') });
      let received = 0;
      response.on('data', (chunk: Buffer) => {
        received += chunk.length;
        if (received > options.maxBytes) finish({ ok: false, error: tooLarge(options.maxBytes) });
      });
      const chunks: Buffer[] = [];
      let size = 0;
      decoded.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > options.maxBytes) return finish({ ok: false, error: tooLarge(options.maxBytes) });
        chunks.push(chunk);
      });
      decoded.on('error', () => finish({ ok: false, error: new HopRefusal('BAD_ENCODING', 'The page’s compressed content is damaged.') }));
      decoded.on('end', () => finish({ ok: true, value: { kind: 'page', contentType, body: Buffer.concat(chunks) } }));
      response.on('error', (error) => finish({ ok: false, error }));
      response.on('aborted', () => finish({ ok: false, error: Object.assign(new Error('aborted'), { code: 'ECONNRESET' }) }));
      return undefined;
    });
    request.end();
  });
}

/** The body as sent, decompressed when the site compressed it; null for an encoding we do not know. */
function decompressed(response: Readable, encoding: string | undefined): Readable | null {
  const name = (encoding ?? 'identity').trim().toLowerCase();
  if (name === '' || name === 'identity') return response;
  const stream = name === 'gzip' || name === 'x-gzip' ? zlib.createGunzip() : name === 'deflate' ? zlib.createInflate() : name === 'br' ? zlib.createBrotliDecompress() : null;
  return stream ? response.pipe(stream) : null;
}

function tooLarge(maxBytes: number): HopRefusal {
  return new HopRefusal('TOO_LARGE', `The page is larger than ${(maxBytes / 1_000_000).toLocaleString('en-US')} MB, more than any job posting needs.`);
}
