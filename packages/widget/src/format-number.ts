const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * Languages written with a decimal comma whose number data a browser may lack, and a locale with
 * the same conventions: Chromium's bundled ICU claims `bs` but formats it as English (`1,234.5`).
 */
const SAME_NUMBER_CONVENTIONS: Readonly<Record<string, string>> = { bs: 'hr', sr: 'hr', cnr: 'hr' };

function decimalSeparatorOf(format: Intl.NumberFormat): string | undefined {
  return format.formatToParts(1.5).find((part) => part.type === 'decimal')?.value;
}

/** Numbers as the element's language writes them (`1.234,5` in `bs`), at most two decimals as the rule sets' messages have. */
export function formatNumber(value: number, lang: string): string {
  let format = numberFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
    const same = SAME_NUMBER_CONVENTIONS[(lang.split('-')[0] ?? '').toLowerCase()];
    if (same && decimalSeparatorOf(format) !== ',') format = new Intl.NumberFormat(same, { maximumFractionDigits: 2 });
    numberFormats.set(lang, format);
  }
  return format.format(value);
}
