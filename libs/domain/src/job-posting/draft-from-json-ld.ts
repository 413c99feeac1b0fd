import { cleanInlineText, richTextToPlain } from './html-text';
import { asArray, asText, isJsonObject, type JsonObject } from './json-ld';
import type { JobPostingFields, SalaryRange, Workplace } from './job-posting-draft';

/**
 * Reads a schema.org JobPosting node. Real postings are sparse and loosely typed (a string where an
 * object is expected, numbers as strings, one value where a list is allowed), so every field is read
 * defensively and a field that cannot be read is left empty rather than failing the whole posting.
 */
export function draftFromJsonLd(posting: JsonObject, warnings: string[]): JobPostingFields {
  const description = asText(posting['description']);
  return {
    title: inlineText(posting['title']) ?? inlineText(posting['name']),
    company: readCompany(posting['hiringOrganization']),
    location: readLocation(posting),
    remote: readRemote(posting),
    workplace: readWorkplace(posting),
    description: description === null ? null : richTextToPlain(description) || null,
    url: asText(posting['url']),
    salary: readSalary(posting['baseSalary'] ?? posting['estimatedSalary'], warnings),
    employmentType: readEmploymentType(posting['employmentType']),
    datePosted: asText(posting['datePosted']),
    validThrough: asText(posting['validThrough']),
  };
}

function inlineText(value: unknown): string | null {
  const text = asText(value);
  return text === null ? null : cleanInlineText(text) || null;
}

/** hiringOrganization: an Organization, its name as a plain string, or (rarely) a list of either. */
function readCompany(value: unknown): string | null {
  for (const organization of asArray(value)) {
    const name = isJsonObject(organization)
      ? (inlineText(organization['name']) ?? inlineText(organization['legalName']))
      : inlineText(organization);
    if (name) return name;
  }
  return null;
}

/**
 * Each jobLocation as "Locality, Region, Country", several joined with "; ". A remote posting often has no
 * jobLocation, only applicantLocationRequirements (where applicants may live); that is the best location
 * it gives, so it is used instead.
 */
function readLocation(posting: JsonObject): string | null {
  const places = asArray(posting['jobLocation']).map(formatPlace);
  const requirements = asArray(posting['applicantLocationRequirements']).map(nameOf);
  const locations = places.some(Boolean) ? places : requirements;
  const unique = dedupe(locations.filter((location): location is string => location !== null));
  return unique.length > 0 ? unique.join('; ') : null;
}

function formatPlace(place: unknown): string | null {
  if (!isJsonObject(place)) return inlineText(place);
  for (const address of asArray(place['address'])) {
    const formatted = isJsonObject(address) ? formatPostalAddress(address) : inlineText(address);
    if (formatted) return formatted;
  }
  return inlineText(place['name']);
}

/** Repeated parts collapse ("Singapore, Singapore, SG" lists the city state twice). */
function formatPostalAddress(address: JsonObject): string | null {
  const parts = [address['addressLocality'], address['addressRegion'], address['addressCountry']].map(nameOf);
  const unique = dedupe(parts.filter((part): part is string => part !== null));
  return unique.length > 0 ? unique.join(', ') : null;
}

/** A place-like value given either as text or as an object with a name (a Country, a State). */
function nameOf(value: unknown): string | null {
  return isJsonObject(value) ? inlineText(value['name']) : inlineText(value);
}

function readRemote(posting: JsonObject): boolean {
  return readWorkplace(posting) === 'REMOTE' || asArray(posting['applicantLocationRequirements']).length > 0;
}

/** TELECOMMUTE is schema.org's word for a remote job; nothing in JobPosting says hybrid or on site. */
function readWorkplace(posting: JsonObject): Workplace | null {
  const telecommute = asArray(posting['jobLocationType']).some(
    (type) => typeof type === 'string' && type.trim().toUpperCase() === 'TELECOMMUTE',
  );
  return telecommute ? 'REMOTE' : null;
}

/**
 * baseSalary is a MonetaryAmount whose `value` is a QuantitativeValue (minValue, maxValue or a single
 * value, plus unitText) or a bare number. Amounts arrive as numbers or strings ("120,000").
 */
function readSalary(value: unknown, warnings: string[]): SalaryRange | null {
  const amount = asArray(value).find(isJsonObject);
  if (!amount) return null;
  const quantity = asArray(amount['value'])[0];
  const quantityObject = isJsonObject(quantity) ? quantity : null;

  let min = quantityObject ? readAmount(quantityObject['minValue']) : null;
  let max = quantityObject ? readAmount(quantityObject['maxValue']) : null;
  const single = quantityObject ? readAmount(quantityObject['value']) : readAmount(quantity);
  if (min === null && max === null && single !== null) min = max = single;
  if (min === null && max === null) return null;
  if (min !== null && max !== null && min > max) {
    warnings.push('The salary range was given highest first; it has been put the right way round.');
    [min, max] = [max, min];
  }

  const unit = asText(quantityObject?.['unitText']) ?? asText(amount['unitText']);
  const currency = asText(amount['currency']) ?? asText(amount['salaryCurrency']);
  return { min, max, currency: currency?.toUpperCase() ?? null, unit: unit?.toUpperCase() ?? null };
}

/** A number, or a string such as "120000", "120,000.00", "$95 000" or "120k"; null when unreadable. */
function readAmount(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  const match = /^(\d+(?:\.\d+)?)(k?)$/i.exec(value.replace(/[\s,_\u00a0$€£¥]/g, ''));
  if (!match) return null;
  const amount = Number(match[1]) * (match[2] ? 1000 : 1);
  return Number.isFinite(amount) ? amount : null;
}

/** A string, a comma-separated string ("FULL_TIME, CONTRACTOR") or a list, as given. */
function readEmploymentType(value: unknown): string[] {
  const types = asArray(value)
    .flatMap((type) => (typeof type === 'string' ? type.split(',') : []))
    .map((type) => type.trim())
    .filter((type) => type !== '');
  return dedupe(types);
}

/** Keeps the first of values that differ only in case. */
function dedupe(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = value.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
