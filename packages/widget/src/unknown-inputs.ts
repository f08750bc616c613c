import type { FormFields } from './form-fields.ts';

function normalized(text: string): string {
  return text.trim().toLowerCase();
}

/**
 * The `field-map` and `value-map` entries that name no input of the form, one sentence each: a
 * field-map name must be an input's `name`; a value-map key an input's `name`, its
 * `data-lens-field`, or a canonical field one of the form's inputs carries.
 *
 * @example unknownInputsOf(form, fields, ['txtIncTotl'], []) // → ['field-map "txtIncTotl": the form has no input of that name']
 */
export function unknownInputsOf(form: HTMLFormElement, fields: FormFields, fieldMapNames: readonly string[], valueMapKeys: readonly string[]): string[] {
  const names = new Set<string>();
  const declared = new Set<string>();
  for (const element of Array.from(form.elements)) {
    const name = element.getAttribute('name');
    if (name) names.add(normalized(name));
    const field = (element as HTMLElement).dataset?.['lensField'];
    if (field) declared.add(normalized(field));
  }
  const carried = new Set([...fields.keys()].map(normalized));
  return [
    ...fieldMapNames.filter((name) => !names.has(normalized(name))).map((name) => `field-map "${name}": the form has no input of that name`),
    ...valueMapKeys
      .filter((key) => !names.has(normalized(key)) && !declared.has(normalized(key)) && !carried.has(normalized(key)))
      .map((key) => `value-map "${key}": the form has no input of that name, data-lens-field or field`),
  ];
}
