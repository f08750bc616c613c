import type { Finding } from '@social-lens/rules';
import type { FormControl } from './form-fields.ts';

/** What a control was like before the widget touched it, to give it back unchanged. */
interface Original {
  ariaInvalid: string | null;
  describedBy: string | null;
}

interface Annotation {
  element: HTMLElement;
  /** The controls marked: the control, or every radio of its group. */
  targets: Array<{ control: FormControl; original: Original }>;
}

/** The radios of a control's group (same `name`, same form), or the control alone. */
function groupOf(control: FormControl): FormControl[] {
  if (!(control instanceof HTMLInputElement) || control.type !== 'radio' || control.name === '' || !control.form) return [control];
  return Array.from(control.form.elements).filter(
    (element): element is HTMLInputElement => element instanceof HTMLInputElement && element.type === 'radio' && element.name === control.name,
  );
}

/**
 * Where a message goes: right after the control, or after a radio group as a whole (after its
 * fieldset when the group has one, else after the last radio's label), never between a radio and its label.
 */
function messagePlaceOf(group: readonly FormControl[]): Element {
  const first = group[0]!;
  const last = group[group.length - 1]!;
  if (group.length === 1 && !(first instanceof HTMLInputElement && first.type === 'radio')) return first;
  const fieldset = first.closest('fieldset');
  if (fieldset && group.every((radio) => fieldset.contains(radio))) return fieldset;
  const label = (last as HTMLInputElement).labels?.[0];
  if (label && (label.contains(last) || last.compareDocumentPosition(label) & Node.DOCUMENT_POSITION_FOLLOWING)) return label;
  return last;
}

let nextId = 0;

/** The message element's class names, for pages that style it: `lens-field-message lens-field-message--error`. */
const FIELD_MESSAGE_CLASS = 'lens-field-message';

/**
 * Marks the page's own controls: `aria-invalid="true"` for errors, and a message element in the
 * light DOM right after the control (after the whole group for radios), linked by `aria-describedby` (added to the ids the page
 * set, never replacing them). Clearing puts back exactly what the page had.
 *
 * The message lives in the light DOM because `aria-describedby` cannot point into a shadow root,
 * and the control belongs to the page.
 */
export class FieldAnnotations {
  readonly #annotations = new Map<FormControl, Annotation>();

  /** Shows the findings at the control, or clears it when there are none. */
  set(control: FormControl, findings: readonly Finding[]): void {
    if (findings.length === 0) {
      this.clear(control);
      return;
    }
    let annotation = this.#annotations.get(control);
    if (!annotation) {
      const element = control.ownerDocument.createElement('span');
      element.id = `lens-field-message-${++nextId}`;
      element.dataset['lensMessage'] = '';
      // Inline styles with custom properties: the page's old CSS cannot reach a shadow root, but it can set --lens-*.
      element.style.cssText =
        'display:block;margin:.25em 0;font-size:var(--lens-message-font-size,.875em);line-height:1.3;font-family:var(--lens-font-family,inherit)';
      const group = groupOf(control);
      messagePlaceOf(group).insertAdjacentElement('afterend', element);
      annotation = {
        element,
        targets: group.map((target) => ({
          control: target,
          original: { ariaInvalid: target.getAttribute('aria-invalid'), describedBy: target.getAttribute('aria-describedby') },
        })),
      };
      this.#annotations.set(control, annotation);
      for (const { control: target, original } of annotation.targets) {
        const ids = (original.describedBy ?? '').split(/\s+/).filter(Boolean);
        target.setAttribute('aria-describedby', [...ids, element.id].join(' '));
      }
    }
    const hasError = findings.some((finding) => finding.severity === 'error');
    const severity = hasError ? 'error' : findings.some((finding) => finding.severity === 'warning') ? 'warning' : 'info';
    annotation.element.className = `${FIELD_MESSAGE_CLASS} ${FIELD_MESSAGE_CLASS}--${severity}`;
    annotation.element.style.color = `var(--lens-${severity}-color,${severity === 'error' ? '#b00020' : severity === 'warning' ? '#7a4b00' : '#1a4d80'})`;
    annotation.element.textContent = [...new Set(findings.map((finding) => finding.message))].join(' ');
    for (const { control: target, original } of annotation.targets) {
      if (hasError) target.setAttribute('aria-invalid', 'true');
      else restoreAttribute(target, 'aria-invalid', original.ariaInvalid);
    }
  }

  clear(control: FormControl): void {
    const annotation = this.#annotations.get(control);
    if (!annotation) return;
    this.#annotations.delete(control);
    annotation.element.remove();
    for (const { control: target, original } of annotation.targets) {
      restoreAttribute(target, 'aria-invalid', original.ariaInvalid);
      // Keep any ids the page added meanwhile; drop only ours.
      const ids = (target.getAttribute('aria-describedby') ?? '').split(/\s+/).filter((id) => id !== '' && id !== annotation.element.id);
      if (ids.length > 0) target.setAttribute('aria-describedby', ids.join(' '));
      else restoreAttribute(target, 'aria-describedby', original.describedBy);
    }
  }

  clearAll(): void {
    for (const control of [...this.#annotations.keys()]) this.clear(control);
  }

  /** The controls that currently show an error, in document order (where focus should go first). */
  invalidControls(): FormControl[] {
    return [...this.#annotations.keys()]
      .filter((control) => control.getAttribute('aria-invalid') === 'true')
      .sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  }
}

function restoreAttribute(element: Element, name: string, value: string | null): void {
  if (value === null) element.removeAttribute(name);
  else element.setAttribute(name, value);
}
