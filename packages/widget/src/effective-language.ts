/**
 * The language an element speaks: its own `lang`, else the nearest ancestor's, else English.
 * Old MIS pages often set `<html lang>` only, and the element should follow it.
 */
export function effectiveLanguage(element: HTMLElement, own: string | undefined): string {
  if (own) return own;
  const inherited = element.parentElement?.closest('[lang]')?.getAttribute('lang');
  return inherited || 'en';
}
