import type { SalaryRange } from '../job-posting-draft';
import { phraseAlternation, WORD_END, WORD_START } from './text-keys';

/**
 * Salaries as boards and postings write them in English, French and German: "€60,000 – €75,000 a year",
 * "$45/hr", "60–75 k€ brut annuel", "60.000 € - 75.000 € pro Jahr", "CHF 120'000", "£50k-£60k",
 * "jusqu'à 55 K€". An amount only counts next to a currency, so "5+ years", "401(k)" and "Bac +5" are
 * never salaries; "€20M raised" is not one either.
 */

const CURRENCIES: Readonly<Record<string, string>> = {
  'US$': 'USD', 'CA$': 'CAD', C$: 'CAD', 'AU$': 'AUD', A$: 'AUD', $: 'USD', '€': 'EUR', '£': 'GBP', 'FR.': 'CHF',
  CHF: 'CHF', EUR: 'EUR', USD: 'USD', GBP: 'GBP', CAD: 'CAD', AUD: 'AUD', SEK: 'SEK', NOK: 'NOK', DKK: 'DKK', PLN: 'PLN', CZK: 'CZK',
};
/** A code must end its word: "60 Europe" holds no EUR. */
const CURRENCY = '(?:US\\$|CA\\$|C\\$|AU\\$|A\\$|\\$|€|£|Fr\\.|CHF|EUR|USD|GBP|CAD|AUD|SEK|NOK|DKK|PLN|CZK)(?![\\p{L}])';
/**
 * 60,000 / 60.000 / 60 000 / 120'000 (groups of three), or 45 / 45.50 / 45,50 / 1,2 (one or two decimals).
 * A separator followed by exactly three digits groups thousands; by one or two, it is a decimal mark.
 */
const NUMBER = "(?:\\d{1,3}(?:[ ,.'](?=\\d{3}(?!\\d))\\d{3})+(?:[.,]\\d{1,2}(?!\\d))?|\\d+(?:[.,]\\d{1,2}(?!\\d))?)";
const AMOUNT = new RegExp(
  `(?<![\\p{L}\\p{N}.,'])(?:(?<before>${CURRENCY}) ?)?(?<number>${NUMBER})(?: ?(?<thousands>[kK])(?![\\p{L}]))?(?: ?(?<after>${CURRENCY}))?`,
  'gu',
);
/** Amounts followed by these are funding rounds or revenue, not pay. */
const NOT_PAY_AFTER = /^ ?(?:m|mio|mn|million|millions|bn|billion|milliards?|mrd|%)(?![\p{L}])/iu;
const RANGE_JOINER = /^\s*(?:-|to|à|a|au|bis|und|et|and)\s*$/i;
const UP_TO = /(?:up to|jusqu'à|jusqu'a|bis zu|max\.?|maximum|au plus)\s*$/i;
const FROM = /(?:from|starting at|à partir de|a partir de|dès|ab|mindestens|min\.?|minimum|at least|au moins)\s*$/i;

type Period = 'HOUR' | 'DAY' | 'WEEK' | 'MONTH' | 'YEAR';

/** Period words by language; "/…" forms follow a number or currency directly ("85K/yr", "45 €/h"). */
const PERIODS: ReadonlyArray<{ unit: Period; slash: string[]; words: string[] }> = [
  {
    unit: 'YEAR',
    slash: ['yr', 'year', 'an', 'jahr', 'annum'],
    words: ['a year', 'per year', 'per annum', 'p.a.', 'pa', 'annual', 'annually', 'yearly', 'each year', 'par an', 'annuel', 'annuelle',
      'annuels', 'annuelles', 'brut annuel', 'pro jahr', 'im jahr', 'jährlich', 'jahresgehalt', 'brutto im jahr'],
  },
  {
    unit: 'MONTH',
    slash: ['mo', 'month', 'mois', 'monat'],
    words: ['a month', 'per month', 'monthly', 'par mois', 'mensuel', 'mensuelle', 'mensuels', 'pro monat', 'im monat', 'monatlich'],
  },
  { unit: 'WEEK', slash: ['wk', 'week', 'semaine', 'woche'], words: ['a week', 'per week', 'weekly', 'par semaine', 'hebdomadaire', 'pro woche', 'wöchentlich'] },
  {
    unit: 'DAY',
    slash: ['day', 'jour', 'j', 'tag'],
    words: ['a day', 'per day', 'daily', 'day rate', 'daily rate', 'par jour', 'tjm', 'taux journalier', 'pro tag', 'tagessatz'],
  },
  {
    unit: 'HOUR',
    slash: ['hr', 'h', 'hour', 'heure', 'std', 'stunde'],
    words: ['an hour', 'per hour', 'hourly', 'hourly rate', "de l'heure", 'par heure', 'taux horaire', 'pro stunde', 'stundenlohn'],
  },
];
const PERIOD_PATTERNS = PERIODS.map(({ unit, slash, words }) => ({
  unit,
  pattern: new RegExp(`(?:/ ?(?:${phraseAlternation(slash)})\\.?|${WORD_START}(?:${phraseAlternation(words)}))${WORD_END}`, 'iu'),
}));

/** Words that say a line is about pay, which lets the body's salaries count without a period. */
const SALARY_LABEL = /^(?:salary|salary range|pay|pay range|base pay|compensation|base salary|package|salaire|rémunération|rémunération annuelle|gehalt|jahresgehalt|vergütung|lohn|tjm|day rate|taux journalier)\s*:/iu;

export interface SalaryFound {
  salary: SalaryRange;
  /** The text stated a period (a year, an hour…): a strong sign the amount is pay. */
  hasPeriod: boolean;
  /** Where the amounts and their period are in the line, so the rest can be read for other facts. */
  start: number;
  end: number;
}

interface Amount {
  start: number;
  end: number;
  value: number;
  currency: string | null;
  thousands: boolean;
}

/** The first salary in a line, or null. */
export function findSalary(line: string): SalaryFound | null {
  // Same-length replacements only, so positions found in `text` hold in `line`.
  // Swiss prices end whole amounts with ".–" ("120'000.–"), read as no cents.
  const text = line
    .replace(/[\u00a0\u202f\u2009]/g, ' ')
    .replace(/[‐‑‒–—−]/g, '-')
    .replace(/’/g, "'")
    .replace(/(\d)\.-(?!\d)/g, '$1  ');
  const amounts = readAmounts(text);
  for (let index = 0; index < amounts.length; index++) {
    let first = amounts[index];
    let second: Amount | null = null;
    const next = amounts[index + 1];
    if (next && RANGE_JOINER.test(withoutPeriods(text.slice(first.end, next.start)))) second = next;
    const currency = first.currency ?? second?.currency ?? null;
    if (currency === null) continue;
    // "60–75 k€": the k of the second bound is the first one's too.
    if (second && second.thousands && !first.thousands && first.value < 1000) first = { ...first, value: first.value * 1000 };

    const end = (second ?? first).end;
    const followingAmount = amounts[index + (second ? 2 : 1)]?.start ?? text.length;
    const period = periodAfter(text.slice(end, Math.min(followingAmount, end + 40))) ?? periodBefore(text.slice(Math.max(0, first.start - 30), first.start));
    let min: number | null = first.value;
    let max: number | null = second ? second.value : first.value;
    if (!second) {
      const before = text.slice(Math.max(0, first.start - 25), first.start);
      if (UP_TO.test(before)) min = null;
      else if (FROM.test(before) || text[first.end] === '+') max = null;
    }
    if (min !== null && max !== null && min > max) [min, max] = [max, min];
    return { salary: { min, max, currency, unit: period?.unit ?? null }, hasPeriod: period !== null, start: first.start, end: period ? end + period.end : end };
  }
  return null;
}

/** Whether the line says it is about pay ("Salary:", "Rémunération :", "Gehalt:"). */
export function hasSalaryLabel(line: string): boolean {
  return SALARY_LABEL.test(line.trim());
}

function readAmounts(text: string): Amount[] {
  const amounts: Amount[] = [];
  for (const match of text.matchAll(AMOUNT)) {
    const groups = match.groups ?? {};
    const end = match.index + match[0].length;
    if (NOT_PAY_AFTER.test(text.slice(end, end + 12))) continue;
    const value = parseNumber(groups['number']) * (groups['thousands'] ? 1000 : 1);
    if (!Number.isFinite(value) || value <= 0) continue;
    const symbol = groups['before'] ?? groups['after'];
    amounts.push({
      start: match.index,
      end,
      value: Math.round(value * 100) / 100,
      currency: symbol ? (CURRENCIES[symbol.toUpperCase()] ?? null) : null,
      thousands: groups['thousands'] !== undefined,
    });
  }
  return amounts;
}

/** "60,000" → 60000, "60.000" → 60000, "120'000" → 120000, "45,50" → 45.5, "1,2" → 1.2. */
function parseNumber(text: string): number {
  const decimal = /[.,](\d{1,2})$/.exec(text);
  const whole = (decimal ? text.slice(0, decimal.index) : text).replace(/[ ,.']/g, '');
  return Number(decimal ? `${whole}.${decimal[1]}` : whole);
}

function periodAfter(text: string): { unit: Period; end: number } | null {
  let best: { unit: Period; index: number; end: number } | null = null;
  for (const { unit, pattern } of PERIOD_PATTERNS) {
    const match = pattern.exec(text);
    if (match && (best === null || match.index < best.index)) best = { unit, index: match.index, end: match.index + match[0].length };
  }
  return best && { unit: best.unit, end: best.end };
}

/** A label before the amount ("Jahresgehalt: 60.000 €", "TJM : 550 €"). */
function periodBefore(text: string): { unit: Period; end: number } | null {
  for (const { unit, pattern } of PERIOD_PATTERNS) {
    if (pattern.test(text)) return { unit, end: 0 };
  }
  return null;
}

function withoutPeriods(text: string): string {
  return PERIOD_PATTERNS.reduce((rest, { pattern }) => rest.replace(new RegExp(pattern.source, 'giu'), ''), text);
}
