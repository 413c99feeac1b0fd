/**
 * The time zones to offer: what this browser knows (IANA names), UTC first, and the organization's
 * current one even if this browser does not list it (an older alias such as Asia/Kolkata's).
 */
export function timeZoneOptions(current: string, known: readonly string[] = supportedTimeZones()): string[] {
  const rest = [...new Set([...known, current])].filter((zone) => zone !== 'UTC').sort((a, b) => a.localeCompare(b));
  return ['UTC', ...rest];
}

function supportedTimeZones(): string[] {
  const intl = Intl as typeof Intl & { supportedValuesOf?: (key: 'timeZone') => string[] };
  return intl.supportedValuesOf?.('timeZone') ?? [];
}

/** "Europe/Berlin" reads as "Europe / Berlin"; underscores as spaces. */
export function timeZoneLabel(zone: string): string {
  return zone.replace(/_/g, ' ').replace(/\//g, ' / ');
}
