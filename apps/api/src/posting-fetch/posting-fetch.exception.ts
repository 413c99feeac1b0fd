import { defineException, ErrorKind } from '../common/errors/app.exception';

/**
 * Why a linked posting could not be read. Every one is the person's input meeting the rules or the
 * other site, not a fault of ours: BAD_USER_INPUT, with the reason in words in the message.
 */
export enum PostingFetchExceptionCode {
  /** Not an http(s) link, a user name in it, or it leads to a private, local or reserved address. */
  URL_NOT_ALLOWED = 'URL_NOT_ALLOWED',
  /** The site could not be reached, or answered with an error. */
  FETCH_FAILED = 'FETCH_FAILED',
  TOO_MANY_REDIRECTS = 'TOO_MANY_REDIRECTS',
  TOO_LARGE = 'TOO_LARGE',
  TIMEOUT = 'TIMEOUT',
  NOT_HTML = 'NOT_HTML',
}

export const PostingFetchException = defineException<PostingFetchExceptionCode>('PostingFetchException', {
  URL_NOT_ALLOWED: ErrorKind.BAD_USER_INPUT,
  FETCH_FAILED: ErrorKind.BAD_USER_INPUT,
  TOO_MANY_REDIRECTS: ErrorKind.BAD_USER_INPUT,
  TOO_LARGE: ErrorKind.BAD_USER_INPUT,
  TIMEOUT: ErrorKind.BAD_USER_INPUT,
  NOT_HTML: ErrorKind.BAD_USER_INPUT,
});
