/** One person as read from an org-chart CSV, before anything is checked against the database. */
export interface PersonRow {
  /** 1-based line in the file, counting the header, so admins can find it in their spreadsheet. */
  line: number;
  email: string;
  name: string;
  title: string | null;
  levelKey: string | null;
  managerEmail: string | null;
  problems: string[];
}

export type PeopleTableResult = { ok: true; rows: PersonRow[] } | { ok: false; error: string };

const COLUMN_ALIASES: Record<keyof Omit<PersonRow, 'line' | 'problems'>, string[]> = {
  email: ['email', 'e-mail', 'email address', 'work email'],
  name: ['name', 'full name', 'fullname'],
  title: ['title', 'job title', 'position'],
  levelKey: ['level', 'level key', 'grade'],
  managerEmail: ['manager email', 'manager', 'manager e-mail', 'reports to'],
};

/** One file holds a whole organization of this size: a 10,000-person chart imports in one request. */
export const MAX_PEOPLE_ROWS = 10_000;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function normaliseHeader(cell: string): string {
  return cell.trim().toLowerCase().replace(/[_\s]+/g, ' ');
}

function cell(record: string[], index: number | undefined): string {
  return index === undefined ? '' : (record[index] ?? '').trim();
}

/**
 * Reads parsed CSV records (the first is the header) into people rows, noting every problem a row
 * has on its own: missing or malformed fields, values too long, an email twice in the file.
 */
export function readPeopleTable(records: string[][]): PeopleTableResult {
  const [header, ...body] = records;
  if (!header || header.every((c) => c.trim() === '')) return { ok: false, error: 'The file is empty; the first line must name the columns.' };
  const columns = new Map<string, number>();
  header.forEach((name, index) => {
    const normalised = normaliseHeader(name);
    for (const [field, aliases] of Object.entries(COLUMN_ALIASES)) {
      if (aliases.includes(normalised) && !columns.has(field)) columns.set(field, index);
    }
  });
  const missing = (['email', 'name'] as const).filter((field) => !columns.has(field));
  if (missing.length > 0) {
    return { ok: false, error: `The header must have the columns email and name (also understood: title, level, manager email); missing: ${missing.join(', ')}.` };
  }
  if (body.length > MAX_PEOPLE_ROWS) return { ok: false, error: `At most ${MAX_PEOPLE_ROWS.toLocaleString('en')} people per file; this one has ${body.length.toLocaleString('en')}.` };

  const seen = new Map<string, number>();
  const rows = body.map((record, index): PersonRow => {
    const row: PersonRow = {
      line: index + 2,
      email: cell(record, columns.get('email')),
      name: cell(record, columns.get('name')),
      title: cell(record, columns.get('title')) || null,
      levelKey: cell(record, columns.get('levelKey')) || null,
      managerEmail: cell(record, columns.get('managerEmail')) || null,
      problems: [],
    };
    if (!row.email) row.problems.push('email is missing');
    else if (!EMAIL.test(row.email) || row.email.length > 254) row.problems.push(`"${row.email}" is not a valid email address`);
    if (!row.name) row.problems.push('name is missing');
    else if (row.name.length > 120) row.problems.push('name is longer than 120 characters');
    if (row.title && row.title.length > 120) row.problems.push('title is longer than 120 characters');
    if (row.managerEmail && !EMAIL.test(row.managerEmail)) row.problems.push(`manager email "${row.managerEmail}" is not a valid email address`);
    if (row.managerEmail && row.email && row.managerEmail.toLowerCase() === row.email.toLowerCase()) row.problems.push('nobody can be their own manager');
    const key = row.email.toLowerCase();
    if (key && seen.has(key)) row.problems.push(`${row.email} is also on line ${seen.get(key)}`);
    else if (key) seen.set(key, row.line);
    return row;
  });
  return { ok: true, rows };
}
