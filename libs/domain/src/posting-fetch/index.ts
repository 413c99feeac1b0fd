export { classifyAddress, mayFetchFrom, type AddressKind, type AddressPolicy } from './address-kind';
export { parseIpAddress } from './ip-address';
export {
  checkPostingUrl,
  checkRedirect,
  checkResolvedAddresses,
  POSTING_FETCH_LIMITS,
  type AddressCheck,
  type UrlCheck,
  type UrlRefusal,
} from './posting-url';
export { charsetOf, isHtmlMediaType, mediaTypeOf } from './page-encoding';
