/**
 * The little XML a workbook's parts need, read straight from their text: attributes of a start
 * tag, character data with its entities, and the text of `<t>` runs. Not a general XML parser:
 * no DTDs, no CDATA, no namespace prefixes on SpreadsheetML elements (what Excel, LibreOffice
 * and exceljs write).
 */

const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g;
// OOXML writes characters XML cannot hold (and "_x" itself, as _x005F_) as _xHHHH_.
const ESCAPED_CHARACTER = /_x([0-9a-fA-F]{4})_/g;

function characterOf(code: number, whole: string): string {
  return Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
}

/** Character data or an attribute value as text: entities replaced, `_xHHHH_` escapes too. */
export function xmlValue(raw: string): string {
  let text = raw;
  if (text.includes('&')) {
    text = text.replace(ENTITY, (whole, name: string) => {
      if (name.charCodeAt(0) !== 35) return NAMED_ENTITIES[name] ?? whole;
      return characterOf(name.charCodeAt(1) === 120 ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10), whole);
    });
  }
  if (text.includes('_x')) text = text.replace(ESCAPED_CHARACTER, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  return text;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/**
 * Calls `visit` with each attribute of the start tag in `xml` from `from` (just after the
 * element's name) to `to` (its `>`), the value still raw (see {@link xmlValue}).
 */
export function forEachAttribute(xml: string, from: number, to: number, visit: (name: string, rawValue: string) => void): void {
  let at = from;
  while (at < to) {
    while (at < to && isSpace(xml.charCodeAt(at))) at += 1;
    const equals = xml.indexOf('=', at);
    if (equals === -1 || equals >= to) return;
    const name = xml.slice(at, equals).trim();
    let quoteAt = equals + 1;
    while (quoteAt < to && isSpace(xml.charCodeAt(quoteAt))) quoteAt += 1;
    const quote = xml[quoteAt];
    if (quote !== '"' && quote !== "'") return;
    const close = xml.indexOf(quote, quoteAt + 1);
    if (close === -1 || close > to) return;
    visit(name, xml.slice(quoteAt + 1, close));
    at = close + 1;
  }
}

/** The end of the start tag that begins at `start` (the index of its `>`), or -1 when the text stops before it. */
export function startTagEnd(xml: string, start: number): number {
  // Attribute values may hold '>' unescaped.
  let at = start;
  for (;;) {
    const close = xml.indexOf('>', at);
    if (close === -1) return -1;
    const quote = xml.slice(at, close).search(/["']/);
    if (quote === -1) return close;
    const quoteAt = at + quote;
    const end = xml.indexOf(xml[quoteAt]!, quoteAt + 1);
    if (end === -1) return -1;
    at = end + 1;
  }
}

/** True when `xml` has the element `name` starting at `at` (`<name>`, `<name/>` or `<name attr…`), not one whose name only begins so. */
export function isElementAt(xml: string, at: number, name: string): boolean {
  const after = xml.charCodeAt(at + name.length + 1);
  return after === 62 || after === 47 || isSpace(after);
}

/**
 * The text of a string item (`<si>` of the shared strings, `<is>` of an inline string): its
 * `<t>` elements joined, rich text runs included, phonetic runs (`<rPh>`) left out.
 */
export function runsText(xml: string, from: number, to: number): string {
  let text = '';
  let at = from;
  for (;;) {
    const open = xml.indexOf('<', at);
    if (open === -1 || open >= to) return text;
    if (xml.startsWith('<rPh', open) && isElementAt(xml, open, 'rPh')) {
      const close = xml.indexOf('</rPh>', open);
      at = close === -1 || close >= to ? to : close + 6;
      continue;
    }
    if (xml.charCodeAt(open + 1) === 116 && isElementAt(xml, open, 't')) {
      const end = startTagEnd(xml, open);
      if (end === -1 || end >= to) return text;
      if (xml.charCodeAt(end - 1) === 47) {
        at = end + 1;
        continue;
      }
      const close = xml.indexOf('</t>', end);
      if (close === -1 || close > to) return text;
      text += xmlValue(xml.slice(end + 1, close));
      at = close + 4;
      continue;
    }
    at = open + 1;
  }
}
