const CANDIDATES = [',', ';', '\t', '|'] as const;

/**
 * Guesses the CSV delimiter from the header line: Excel writes `;` where the decimal separator
 * is a comma (Russian, Bosnian, Croatian, Serbian locales), `,` elsewhere.
 *
 * @example detectDelimiter('clientId;branchId;gender') // → ';'
 */
export function detectDelimiter(headerLine: string): string {
  let best: string = ',';
  let bestCount = 0;
  for (const candidate of CANDIDATES) {
    const count = headerLine.split(candidate).length - 1;
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return best;
}
