/** True for text that a spreadsheet would run as a formula: it starts with `=`, `+`, `-` or `@`. */
export function startsLikeFormula(text: string): boolean {
  return /^[=+\-@]/.test(text);
}
