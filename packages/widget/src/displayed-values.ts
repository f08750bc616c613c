import type { FormControl } from './form-fields.ts';

/** The text a control shows for one of its values: the option's label, or the radio's or checkbox's label. */
function labelOfChoice(control: FormControl, code: string): string | undefined {
  if (control.localName === 'select') {
    for (const option of Array.from((control as HTMLSelectElement).options)) {
      if (option.value === code) return (option.getAttribute('label') ?? option.textContent ?? '').trim() || undefined;
    }
    return undefined;
  }
  const input = control as HTMLInputElement;
  if ((input.type === 'radio' || input.type === 'checkbox') && input.value === code) return input.labels?.[0]?.textContent?.trim() || undefined;
  return undefined;
}

/** The page's own codes a control offers: its options' values, or a radio's or checkbox's value. */
function codesOf(control: FormControl): string[] {
  if (control.localName === 'select') return Array.from((control as HTMLSelectElement).options, (option) => option.value).filter((code) => code !== '');
  const input = control as HTMLInputElement;
  return input.type === 'radio' || input.type === 'checkbox' ? [input.value] : [];
}

/**
 * How the page shows a canonical value of a field: the label of the option (or radio) whose code
 * translates to it (`non-poor` → `Nesiromašan` for `<option value="4">Nesiromašan</option>` and
 * a value map `4 → non-poor`); undefined when the field's controls offer no choice of it.
 *
 * @example displayedValue(form.elements.namedItem('cboPov'), 'non-poor', (code) => map[code] ?? code)
 */
export function displayedValue(
  controls: readonly FormControl[],
  canonical: string,
  toCanonical: (control: FormControl, code: string) => string,
): string | undefined {
  const wanted = canonical.trim().toLowerCase();
  for (const control of controls) {
    for (const code of codesOf(control)) {
      if (toCanonical(control, code).trim().toLowerCase() === wanted) {
        const label = labelOfChoice(control, code);
        if (label !== undefined) return label;
      }
    }
  }
  return undefined;
}
