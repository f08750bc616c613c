const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * Languages written with a decimal comma whose number data a browser may lack, and a locale with
 * the same conventions: Chromium's bundled ICU claims `bs` but formats it as English (`1,234.5`).
 */
const SAME_NUMBER_CONVENTIONS: Readonly<Record<string, string>> = { bs: 'hr', sr: 'hr', cnr: 'hr' };

function decimalSeparatorOf(format: Intl.NumberFormat): string | undefined {
  return format.formatToParts(1.5).find((part) => part.type === 'decimal')?.value;
}

/**
 * Numbers as the element's language writes them (`1.234,5` in `bs`); by default at most two
 * decimals, as the rule sets' messages have.
 *
 * @example formatNumber(0.123, 'bs', { style: 'percent', maximumFractionDigits: 1 }) // → '12,3 %' (or '12,3%', as the locale data has it)
 */
export function formatNumber(value: number, lang: string, options: Intl.NumberFormatOptions = { maximumFractionDigits: 2 }): string {
  const key = `${lang} ${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang, options);
    const same = SAME_NUMBER_CONVENTIONS[(lang.split('-')[0] ?? '').toLowerCase()];
    if (same && decimalSeparatorOf(new Intl.NumberFormat(lang)) !== ',') format = new Intl.NumberFormat(same, options);
    numberFormats.set(key, format);
  }
  return format.format(value);
}
