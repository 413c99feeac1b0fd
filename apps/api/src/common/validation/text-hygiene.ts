import { fieldLabel } from './humanise-message';

/**
 * Which characters an argument's text may hold, the same rule for every string of every argument.
 *
 * Refused:
 * - NUL (U+0000): PostgreSQL cannot store it in text, so it would fail deep in a write or a search.
 * - A lone UTF-16 surrogate (U+D800–U+DFFF without its pair): not a character at all. UTF-8 has no
 *   encoding for it, so it would be saved as U+FFFD, a different text from the one sent, and some
 *   validators (the email check) throw on it.
 * - The other C0 controls (U+0001–U+0008, U+000B, U+000C, U+000E–U+001F) and DEL (U+007F): nobody
 *   types them; they arrive by accident (a binary paste, a broken export) and, once stored, are
 *   invisible in the app but act on terminals, CSV files and logs that later show the text.
 *
 * Kept as typed: tab, line feed and carriage return, which multi-line text (notes, answers, pasted
 * postings, CSV) is made of; C1 controls and every other assigned or unassigned code point, which
 * PostgreSQL stores and returns unchanged.
 *
 * Nothing is removed or replaced: a refused character fails the request and says where it is, so
 * what is saved is always exactly what the person typed.
 */
const REFUSED = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export interface FieldProblem {
  field: string;
  messages: string[];
}

function codePoint(unit: number): string {
  return `U+${unit.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Why a text is refused, or null when every character of it may be stored. */
export function refusedCharacter(text: string): { index: number; description: string } | null {
  const match = REFUSED.exec(text);
  if (!match) return null;
  const unit = match[0].charCodeAt(0);
  const description =
    unit === 0
      ? 'the NUL character (U+0000)'
      : unit >= 0xd800 && unit <= 0xdfff
        ? `a lone UTF-16 surrogate (${codePoint(unit)}), which is not a character`
        : `the control character ${codePoint(unit)}`;
  return { index: match.index, description };
}

/**
 * Every string in an argument's value, checked: a scalar, or the strings anywhere inside an input
 * object or list. Paths read like the validation pipe's: `name`, `answers.0.answer`.
 */
export function findRefusedText(value: unknown, path: string): FieldProblem[] {
  if (typeof value === 'string') {
    const refused = refusedCharacter(value);
    if (!refused) return [];
    const label = fieldLabel(path.split('.').filter((part) => !/^\d+$/.test(part)).pop() || 'value');
    return [{ field: path || 'value', messages: [`${label} must not contain ${refused.description} (character ${refused.index + 1})`] }];
  }
  if (value === null || typeof value !== 'object') return [];
  const join = (key: string) => (path ? `${path}.${key}` : key);
  if (Array.isArray(value)) return value.flatMap((item, index) => findRefusedText(item, join(String(index))));
  return Object.entries(value).flatMap(([key, item]) => findRefusedText(item, join(key)));
}
