/** The media types a job page comes as; anything else is not read (images, PDFs, JSON APIs, downloads). */
const HTML_MEDIA_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/** "text/html; charset=utf-8" → "text/html"; null when there is no header. */
export function mediaTypeOf(contentType: string | undefined): string | null {
  if (!contentType) return null;
  const type = contentType.split(';')[0].trim().toLowerCase();
  return type === '' ? null : type;
}

export function isHtmlMediaType(contentType: string | undefined): boolean {
  const type = mediaTypeOf(contentType);
  return type !== null && HTML_MEDIA_TYPES.has(type);
}

const CHARSET_PARAMETER = /;\s*charset\s*=\s*["']?([^"';\s]+)/i;
/** `<meta charset="…">` or `<meta http-equiv="Content-Type" content="…; charset=…">`, in the page's first bytes. */
const META_CHARSET = /<meta\b[^>]*?charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)/i;
/** Browsers look this far for a meta charset. */
const META_SNIFF_BYTES = 1024;

/**
 * The page's character encoding, as a browser would pick it from the header, then the page's meta tag,
 * then UTF-8. The name is lower-cased; whether a decoder knows it is the caller's concern.
 */
export function charsetOf(contentType: string | undefined, firstBytesAsLatin1: string): string {
  const fromHeader = contentType ? CHARSET_PARAMETER.exec(contentType)?.[1] : undefined;
  if (fromHeader) return fromHeader.toLowerCase();
  const fromMeta = META_CHARSET.exec(firstBytesAsLatin1.slice(0, META_SNIFF_BYTES))?.[1];
  return (fromMeta ?? 'utf-8').toLowerCase();
}
