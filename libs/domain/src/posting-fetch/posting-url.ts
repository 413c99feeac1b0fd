import { classifyAddress, mayFetchFrom, type AddressPolicy } from './address-kind';

/** How far the server goes to read one posting a person linked to. */
export const POSTING_FETCH_LIMITS = {
  /** Redirects followed; the next one is refused. */
  maxRedirects: 3,
  /** The page's bytes as received and once decompressed, the same as the largest paste (characters). */
  maxBytes: 2_000_000,
  /** For the whole fetch: every look-up, connection, redirect and byte. */
  timeoutMs: 5_000,
} as const;

export type UrlRefusal = 'NOT_A_URL' | 'SCHEME_NOT_ALLOWED' | 'CREDENTIALS_NOT_ALLOWED' | 'ADDRESS_NOT_ALLOWED';

export type UrlCheck = { ok: true; url: URL; hostname: string } | { ok: false; refusal: UrlRefusal; message: string };

export type AddressCheck = { ok: true; address: string } | { ok: false; refusal: 'ADDRESS_NOT_ALLOWED'; message: string };

const MAX_URL_LENGTH = 2_000;

/**
 * A link a person asks the server to read: an absolute http(s) address, without a user name or password
 * (they would be sent to whoever answers, and are never needed for a public posting).
 */
export function checkPostingUrl(text: string): UrlCheck {
  const trimmed = text.trim();
  if (trimmed.length > MAX_URL_LENGTH) return refuse('NOT_A_URL', `That link is longer than ${MAX_URL_LENGTH.toLocaleString('en-US')} characters.`);
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return refuse('NOT_A_URL', 'That is not a web address. Copy the link from the browser’s address bar, starting with https://.');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return refuse('SCHEME_NOT_ALLOWED', 'Onward only reads http:// and https:// links.');
  }
  if (url.username !== '' || url.password !== '') {
    return refuse('CREDENTIALS_NOT_ALLOWED', 'Links with a user name or password in them are not read. Remove them and try again.');
  }
  const hostname = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
  if (hostname === '') return refuse('NOT_A_URL', 'That link names no site.');
  return { ok: true, url, hostname };
}

/**
 * Where a redirect leads, checked like the first link. `location` may be relative to the page that
 * redirected.
 */
export function checkRedirect(from: URL, location: string | undefined): UrlCheck {
  if (!location) return refuse('NOT_A_URL', 'The site redirected without saying where to.');
  let target: URL;
  try {
    target = new URL(location, from);
  } catch {
    return refuse('NOT_A_URL', 'The site redirected to something that is not a web address.');
  }
  return checkPostingUrl(target.href);
}

/**
 * Every address a name resolves to must be public: a name that also resolves to a private one is
 * refused outright rather than tried elsewhere, since whoever runs its DNS chose to point it inside.
 * The first address is the one to connect to, and nothing else (no second look-up that could answer
 * differently).
 */
export function checkResolvedAddresses(addresses: readonly string[], policy: AddressPolicy): AddressCheck {
  if (addresses.length === 0) return { ok: false, refusal: 'ADDRESS_NOT_ALLOWED', message: 'The site’s name leads to no address.' };
  const refused = addresses.some((address) => !mayFetchFrom(classifyAddress(address), policy));
  if (refused) {
    return {
      ok: false,
      refusal: 'ADDRESS_NOT_ALLOWED',
      message: 'That link leads to a private, local or reserved network address, which Onward does not visit.',
    };
  }
  return { ok: true, address: addresses[0] };
}

function refuse(refusal: UrlRefusal, message: string): UrlCheck {
  return { ok: false, refusal, message };
}
