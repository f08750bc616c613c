import type { ClientRecordField } from '@social-lens/rules';
import { addFieldValue, canonicalFieldOf, createRawRecord, NO_COLUMN_MAP, NUMBER_FIELDS } from '@social-lens/rules/records-input';
import { type FieldMap, parsePairs } from './field-map.ts';
import { typedNumberText } from './typed-number.ts';
import { EMPTY_VALUE_MAP, translateCode, type ValueMap } from './value-map.ts';

/** The form controls whose values a record is read from. */
export type FormControl = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** Canonical fields and the controls of a form that carry them, in document order. */
export type FormFields = ReadonlyMap<ClientRecordField, readonly FormControl[]>;

const NUMBER_FIELD_SET: ReadonlySet<string> = new Set(NUMBER_FIELDS);
const IGNORED_TYPES = new Set(['submit', 'reset', 'button', 'image', 'file', 'password']);

function isFormControl(element: Element): element is FormControl {
  const tag = element.localName;
  return tag === 'input' || tag === 'select' || tag === 'textarea';
}

/**
 * The canonical field of a control: its `data-lens-field`, else the field map's entry for its
 * `name`, else its `name` when that already is a canonical field. Names are matched as
 * `lens check records` matches an export's columns (records-input's `canonicalFieldOf`): trimmed,
 * whatever their case.
 */
export function fieldOfControl(control: FormControl, map: FieldMap): ClientRecordField | undefined {
  const declared = control.dataset['lensField'];
  if (declared !== undefined) return canonicalFieldOf(declared, NO_COLUMN_MAP) ?? declaredFieldOf(declared, map);
  const name = control.name;
  if (name === '') return undefined;
  return canonicalFieldOf(name, map.fields);
}

/** A field a rule set declares (a scorecard's answer), named by `data-lens-field`: only those the field map was given. */
function declaredFieldOf(name: string, map: FieldMap): ClientRecordField | undefined {
  const field = canonicalFieldOf(name, map.fields);
  return field !== undefined && field.toLowerCase() === name.trim().toLowerCase() ? field : undefined;
}

/**
 * Finds the controls of a form (including those outside it that name it with `form="…"`) that
 * map to canonical fields.
 *
 * @example collectFormFields(document.forms.namedItem('loan')!, parseFieldMap('hh_size:householdSize'))
 */
export function collectFormFields(form: HTMLFormElement, map: FieldMap): FormFields {
  const fields = new Map<ClientRecordField, FormControl[]>();
  for (const element of Array.from(form.elements)) {
    if (!isFormControl(element) || IGNORED_TYPES.has((element as HTMLInputElement).type)) continue;
    const field = fieldOfControl(element, map);
    if (!field) continue;
    const controls = fields.get(field) ?? [];
    controls.push(element);
    fields.set(field, controls);
  }
  return fields;
}

const valueMaps = new WeakMap<FormControl, { source: string; pairs: Map<string, string> }>();

/**
 * A control's own code translated to the canonical one: by its `data-lens-values="1:very-poor,2:poor"`,
 * else by the `value-map` entry of its `name`, its `data-lens-field` or its canonical field.
 */
export function canonicalValue(control: FormControl, field: string, value: string, valueMap: ValueMap = EMPTY_VALUE_MAP): string {
  const source = control.dataset['lensValues'];
  if (source === undefined) return translateCode(valueMap, [control.name, control.dataset['lensField'], field], value);
  let cached = valueMaps.get(control);
  if (!cached || cached.source !== source) {
    cached = { source, pairs: parsePairs(source).pairs };
    valueMaps.set(control, cached);
  }
  return cached.pairs.get(value) ?? value;
}

function valueOfControl(control: FormControl): string | undefined {
  if (control instanceof HTMLInputElement && (control.type === 'radio' || control.type === 'checkbox')) {
    return control.checked ? control.value : undefined;
  }
  return control.value;
}

/**
 * The raw record a form holds: text as typed, one value per field. Several controls of one field
 * read as several columns of one field in an export do (records-input's `addFieldValue`): the
 * first with a value wins, so radio groups and repeated inputs read naturally. Blank fields are
 * left out. Codes are translated to canonical values (`canonicalValue`); numbers are read as the
 * users of `lang` type them (`1.234,5` in bs: {@link typedNumberText}).
 */
export function readFormRecord(fields: FormFields, valueMap: ValueMap = EMPTY_VALUE_MAP, lang = 'en'): Record<string, string> {
  const record = createRawRecord();
  for (const [field, controls] of fields) {
    const isNumber = NUMBER_FIELD_SET.has(field);
    for (const control of controls) {
      const value = valueOfControl(control);
      if (value === undefined || value.trim() === '') continue;
      const typed = isNumber ? typedNumberText(value.trim(), lang) : value.trim();
      addFieldValue(record, field, canonicalValue(control, field, typed, valueMap));
    }
  }
  return record as Record<string, string>;
}
