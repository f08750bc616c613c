/**
 * Makes a form's own `form.submit()` (a page script's save, which fires no submit event) ask
 * `allow` first, by giving the form instance its own `submit` while attached. Returns the undo,
 * or undefined when the form's `submit` is not a method (an input named "submit" hides it).
 * `HTMLFormElement.prototype.submit.call(form)` still bypasses it; nothing in a page can stop that.
 */
export function guardFormSubmit(form: HTMLFormElement, allow: () => boolean): (() => void) | undefined {
  const original = form.submit;
  if (typeof original !== 'function') return undefined;
  const own = Object.getOwnPropertyDescriptor(form, 'submit');
  const guarded = function submit(this: HTMLFormElement): void {
    if (allow()) original.call(form);
  };
  Object.defineProperty(form, 'submit', { value: guarded, configurable: true, writable: true });
  return () => {
    if (form.submit !== guarded) return;
    if (own) Object.defineProperty(form, 'submit', own);
    else delete (form as { submit?: unknown }).submit;
  };
}
