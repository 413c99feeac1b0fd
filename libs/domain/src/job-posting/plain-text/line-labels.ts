import { lineKey } from './text-keys';

/** What a "Label: value" line tells, by its label. */
export type LabelKind = 'salary' | 'employment' | 'workplace' | 'location' | 'company' | 'other';

const LABELS: Readonly<Record<Exclude<LabelKind, 'other'>, readonly string[]>> = {
  salary: ['salary', 'salary range', 'pay', 'pay range', 'base pay', 'base salary', 'compensation', 'package', 'salaire', 'rémunération',
    'rémunération annuelle', 'tjm', 'taux journalier', 'gehalt', 'jahresgehalt', 'vergütung', 'lohn', 'day rate'],
  employment: ['job type', 'employment type', 'contract type', 'type of contract', 'contract', 'work type', 'type de contrat', 'type de poste',
    'contrat', 'anstellungsart', 'vertragsart', 'beschäftigungsart', 'jobart', 'arbeitszeit', 'anstellung'],
  workplace: ['workplace type', 'remote policy', 'remote work', 'work model', 'télétravail', 'politique de télétravail', 'arbeitsmodell',
    'homeoffice', 'home office', 'home-office'],
  location: ['location', 'job location', 'work location', 'city', 'lieu', 'lieu de travail', 'localisation', 'ville', 'standort', 'arbeitsort',
    'einsatzort', 'dienstort', 'ort'],
  company: ['company', 'employer', 'hiring company', 'entreprise', 'société', 'employeur', 'unternehmen', 'arbeitgeber', 'firma'],
};
const KIND_OF_LABEL = new Map<string, Exclude<LabelKind, 'other'>>();
for (const [kind, labels] of Object.entries(LABELS) as Array<[Exclude<LabelKind, 'other'>, readonly string[]]>) {
  for (const label of labels) KIND_OF_LABEL.set(label, kind);
}

/** A label is a few words then a colon (French puts a space before it): "Salaire : 60K à 75K €". */
const LABELLED = /^([\p{L}][\p{L}'’ -]{0,30}?)\s*:\s*(\S.*)$/u;
const MAX_LABEL_WORDS = 3;

export interface LabelledLine {
  kind: LabelKind;
  label: string;
  value: string;
}

/** "Arbeitsort: Zürich" → location "Zürich"; "Début : 01 septembre" → other; null when the line has no label. */
export function readLabelledLine(line: string): LabelledLine | null {
  const match = LABELLED.exec(line.trim());
  if (!match) return null;
  const label = lineKey(match[1]);
  if (label.split(' ').length > MAX_LABEL_WORDS) return null;
  return { kind: KIND_OF_LABEL.get(label) ?? 'other', label, value: match[2].trim() };
}
