import type { FormControl } from './form-fields.ts';

/** The alert's class name, for pages that style it. */
const BLOCKED_SAVE_CLASS = 'lens-blocked-save';

function isSubmitControl(element: Element): boolean {
  if (element.localName === 'button') return ((element as HTMLButtonElement).getAttribute('type') ?? 'submit').toLowerCase() === 'submit';
  return element.localName === 'input' && ['submit', 'image'].includes((element as HTMLInputElement).type);
}

function isButton(element: Element): boolean {
  return element.localName === 'button' || ['submit', 'image', 'button'].includes((element as HTMLInputElement).type);
}

/**
 * The name a loan officer knows a control by: for a radio its group's (the fieldset's legend or
 * the radio group's `aria-label`), else its label, its `aria-label`, its `name`.
 */
function nameOf(control: FormControl): string {
  if ((control as HTMLInputElement).type === 'radio') {
    const group =
      control.closest('fieldset')?.querySelector('legend')?.textContent?.trim() || control.closest('[role=radiogroup]')?.getAttribute('aria-label')?.trim();
    if (group) return group;
  }
  return control.labels?.[0]?.textContent?.trim() || control.getAttribute('aria-label')?.trim() || control.name;
}

/**
 * Says in the page, next to the save button, why a save did not happen: a `role="alert"` box
 * in the light DOM (at the end of the submit control's container, so table layouts stay intact)
 * with a link that moves focus to the first field in error.
 */
export class BlockedSaveAlert {
  #element: HTMLElement | undefined;

  /** Shows (or replaces) the alert; `submitter` is the control used to save, when known. */
  show(form: HTMLFormElement, text: string, linkText: (field: string) => string, firstError: FormControl | undefined, submitter?: Element | null): void {
    this.hide();
    const document = form.ownerDocument;
    const element = document.createElement('div');
    element.className = BLOCKED_SAVE_CLASS;
    element.setAttribute('role', 'alert');
    element.dataset['lensBlockedSave'] = '';
    element.style.cssText =
      'display:block;margin:.5em 0;padding:.4em .6em;border-left:4px solid var(--lens-error-color,#b00020);color:var(--lens-error-color,#b00020);font-family:var(--lens-font-family,inherit)';
    element.append(text);
    if (firstError) {
      const link = document.createElement('a');
      link.href = firstError.id ? `#${firstError.id}` : '#';
      link.textContent = linkText(nameOf(firstError));
      link.style.cssText = 'margin-inline-start:.5em;color:inherit';
      link.addEventListener('click', (event) => {
        event.preventDefault();
        firstError.focus();
      });
      element.append(' ', link);
    }
    // The button used: the submitter of a submit event, else (a page script's form.submit()) the focused button of the form.
    const active = document.activeElement;
    const pressed = active && form.contains(active) && ['button', 'input'].includes(active.localName) && isButton(active) ? active : undefined;
    const anchor = (submitter && isSubmitControl(submitter) ? submitter : undefined) ?? pressed ?? Array.from(form.elements).find(isSubmitControl);
    (anchor?.parentElement ?? form).append(element);
    this.#element = element;
  }

  get shown(): boolean {
    return this.#element !== undefined;
  }

  hide(): void {
    this.#element?.remove();
    this.#element = undefined;
  }
}
