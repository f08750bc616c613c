import { CLIENT_RECORD_FIELDS } from '../records/client-record-schema.ts';
import { languageAmong } from './render-message.ts';

type CodedField = 'povertyLevel' | 'area' | 'gender' | 'status';
type Labels = Readonly<Record<CodedField, Readonly<Record<string, string>>>>;

const ENGLISH: Labels = {
  povertyLevel: { 'very-poor': 'Very poor', poor: 'Poor', 'near-poor': 'Near-poor', 'non-poor': 'Non-poor' },
  area: { rural: 'Rural', urban: 'Urban' },
  gender: { F: 'Female', M: 'Male', O: 'Other' },
  status: { active: 'Active', exited: 'Exited', rejected: 'Rejected' },
};

const LABELS: Readonly<Record<string, Labels>> = {
  en: ENGLISH,
  ru: {
    povertyLevel: { 'very-poor': 'Крайне бедный', poor: 'Бедный', 'near-poor': 'Почти бедный', 'non-poor': 'Небедный' },
    area: { rural: 'Сельская', urban: 'Городская' },
    gender: { F: 'Женский', M: 'Мужской', O: 'Другой' },
    status: { active: 'Активный', exited: 'Вышел', rejected: 'Отказ' },
  },
  bs: {
    povertyLevel: { 'very-poor': 'Vrlo siromašan', poor: 'Siromašan', 'near-poor': 'Skoro siromašan', 'non-poor': 'Nije siromašan' },
    area: { rural: 'Ruralno', urban: 'Urbano' },
    gender: { F: 'Žensko', M: 'Muško', O: 'Ostalo' },
    status: { active: 'Aktivan', exited: 'Izašao', rejected: 'Odbijen' },
  },
};

function isCodedField(field: string): field is CodedField {
  return Object.hasOwn(ENGLISH, field);
}

/**
 * The label of a canonical code of a coded field in `lang` (`povertyLevel` `non-poor` → `Non-poor`,
 * `Небедный`, `Nije siromašan`; hr/sr read the Bosnian labels). Undefined for a field without a
 * code list or a code the list does not have: such a value is shown as it is.
 *
 * @example
 * codedValueLabel('povertyLevel', 'non-poor', 'ru') // → 'Небедный'
 */
export function codedValueLabel(field: string, value: string, lang: string): string | undefined {
  if (!isCodedField(field)) return undefined;
  const labels = LABELS[languageAmong(LABELS, lang)] ?? ENGLISH;
  const codes = labels[field];
  return Object.hasOwn(codes, value) ? codes[value] : undefined;
}

const RECORD_FIELDS: ReadonlySet<string> = new Set(CLIENT_RECORD_FIELDS);

/**
 * A fact's value as a finding's message shows it: a code of a coded field as its label. A field of
 * the record is labelled by its own codes only; a derived fact by those of the fields the finding
 * is about (an `expectedPovertyLevel` of a finding on `povertyLevel` is labelled as a poverty level).
 */
export function labelledFactValue(value: unknown, factName: string, fields: readonly string[], lang: string): unknown {
  if (typeof value !== 'string') return value;
  if (RECORD_FIELDS.has(factName)) return codedValueLabel(factName, value, lang) ?? value;
  for (const field of fields) {
    const label = codedValueLabel(field, value, lang);
    if (label !== undefined) return label;
  }
  return value;
}
