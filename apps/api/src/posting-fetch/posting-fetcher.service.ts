import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  charsetOf, checkPostingUrl, checkRedirect, checkResolvedAddresses, parseIpAddress, POSTING_FETCH_LIMITS, type UrlCheck,
} from '@onward/domain';
import { APP_CONFIG, type AppConfig, type PostingFetchSettings } from '../config/app-config';
import { HOST_RESOLVER, type HostResolver } from './host-resolver';
import { getPinned, HopRefusal } from './pinned-get';
import { PostingFetchException, PostingFetchExceptionCode as Code } from './posting-fetch.exception';

/** A page as read: where it was found (after redirects) and its text. */
export interface FetchedPage {
  url: string;
  html: string;
}

/** Sent with every request: who is asking and what for, and that only a web page will do. */
const REQUEST_HEADERS = {
  'user-agent': 'Onward/1.0 (job posting import; reads the one page a person asked for)',
  accept: 'text/html,application/xhtml+xml;q=0.9',
  'accept-language': 'en, fr;q=0.8, de;q=0.8, *;q=0.5',
  'accept-encoding': 'gzip, deflate, br',
} as const;

/** Network failures in words, by the system's error code. */
const NETWORK_FAILURES: ReadonlyArray<[RegExp, string]> = [
  [/^(?:ENOTFOUND|EAI_AGAIN|EAI_NODATA|EAI_NONAME|EAI_FAIL)$/, 'No site answers to that name. Check the link.'],
  [/^ECONNREFUSED$/, 'The site refused the connection.'],
  [/^(?:ECONNRESET|EPIPE|ERR_STREAM_PREMATURE_CLOSE|HPE_.*)$/, 'The site closed the connection before sending the page.'],
  [/^(?:EHOSTUNREACH|ENETUNREACH|EADDRNOTAVAIL)$/, 'The site cannot be reached from the server.'],
  [/CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_SSL/, 'The site’s HTTPS certificate could not be verified, so the page was not read.'],
];

/**
 * Reads the page a person links to, on their behalf, without letting the link reach anything else the
 * server can reach. Only http(s); every host name is resolved and all its addresses must be public
 * (not loopback, private, link-local, metadata, reserved…); the connection goes to the checked address;
 * each redirect (at most three) is checked the same way; 2 MB and 5 seconds at most for the whole;
 * no cookies, sent or kept. Each refusal says why, in words and as a code.
 */
@Injectable()
export class PostingFetcher {
  private readonly logger = new Logger(PostingFetcher.name);
  private readonly settings: Required<PostingFetchSettings>;

  constructor(
    @Inject(APP_CONFIG) config: Pick<AppConfig, 'postingFetch'>,
    @Inject(HOST_RESOLVER) private readonly resolve: HostResolver,
  ) {
    const { allowLoopback, timeoutMs } = config.postingFetch;
    this.settings = { allowLoopback, timeoutMs: timeoutMs ?? POSTING_FETCH_LIMITS.timeoutMs };
  }

  async fetchPage(link: string): Promise<FetchedPage> {
    const first = checkPostingUrl(link);
    if (!first.ok) throw new PostingFetchException(Code.URL_NOT_ALLOWED, first.message, { refusal: first.refusal });
    const signal = AbortSignal.timeout(this.settings.timeoutMs);
    try {
      return await this.follow(first, signal);
    } catch (error) {
      throw this.explain(error, signal);
    }
  }

  private async follow(start: Extract<UrlCheck, { ok: true }>, signal: AbortSignal): Promise<FetchedPage> {
    let target = start;
    for (let redirects = 0; ; redirects++) {
      const address = await this.addressOf(target.hostname, signal);
      const hop = await getPinned(target.url, address, { signal, maxBytes: POSTING_FETCH_LIMITS.maxBytes, headers: REQUEST_HEADERS });
      if (hop.kind === 'page') return { url: target.url.href, html: decode(hop.body, hop.contentType) };
      if (redirects >= POSTING_FETCH_LIMITS.maxRedirects) {
        throw new PostingFetchException(Code.TOO_MANY_REDIRECTS, `The site redirected more than ${POSTING_FETCH_LIMITS.maxRedirects} times; open the link in your browser and paste the page instead.`);
      }
      const next = checkRedirect(target.url, hop.location);
      if (!next.ok) throw new PostingFetchException(Code.URL_NOT_ALLOWED, `The site redirected elsewhere, and Onward does not follow it: ${lowerFirst(next.message)}`, { refusal: next.refusal });
      target = next;
    }
  }

  /** The one address to connect to: the literal one in the link, or the checked first answer of the resolver. */
  private async addressOf(hostname: string, signal: AbortSignal): Promise<string> {
    const addresses = parseIpAddress(hostname) ? [hostname] : await untilAborted(this.resolve(hostname), signal);
    const check = checkResolvedAddresses(addresses, { allowLoopback: this.settings.allowLoopback });
    if (!check.ok) throw new PostingFetchException(Code.URL_NOT_ALLOWED, check.message, { refusal: check.refusal });
    return check.address;
  }

  private explain(error: unknown, signal: AbortSignal): Error {
    if (error instanceof PostingFetchException) return error;
    if (signal.aborted) {
      return new PostingFetchException(Code.TIMEOUT, `The site took longer than ${this.settings.timeoutMs / 1000} seconds to send the page. Try again, or paste the page instead.`);
    }
    if (error instanceof HopRefusal) {
      const code = error.why === 'TOO_LARGE' ? Code.TOO_LARGE : error.why === 'NOT_HTML' ? Code.NOT_HTML : Code.FETCH_FAILED;
      return new PostingFetchException(code, error.message, error.status === undefined ? undefined : { status: error.status });
    }
    const systemCode = typeof (error as { code?: unknown })?.code === 'string' ? (error as { code: string }).code : '';
    const known = NETWORK_FAILURES.find(([pattern]) => pattern.test(systemCode));
    // Logged by code only: the link is the person's input and is not written to the logs.
    if (!known) this.logger.warn(`posting fetch failed: ${error instanceof Error ? error.name : typeof error} ${systemCode}`.trim());
    return new PostingFetchException(Code.FETCH_FAILED, known?.[1] ?? 'The page could not be fetched. Try again, or paste the page instead.');
  }
}

/** The page's text in its declared encoding (header, then meta tag), UTF-8 when unknown. */
function decode(body: Buffer, contentType: string | undefined): string {
  const charset = charsetOf(contentType, body.subarray(0, 1024).toString('latin1'));
  try {
    return new TextDecoder(charset).decode(body);
  } catch {
    return new TextDecoder('utf-8').decode(body);
  }
}

/** The resolver cannot be cancelled; the fetch stops waiting for it when time is up. */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
