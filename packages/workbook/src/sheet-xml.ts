/** Excel keeps at most this many characters in a cell. */
const MAX_CELL_CHARS = 32_767;

// XML 1.0 has no way to write these, not even escaped: C0 controls but tab, LF and CR; lone surrogates; U+FFFE/U+FFFF.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const MARKUP = /[&<>"]/g;
const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text as XML character data or an attribute value: characters XML cannot hold become U+FFFD. */
export function xmlText(text: string): string {
  return text.replace(NOT_XML, '\uFFFD').replace(MARKUP, (character) => ENTITIES[character]!);
}

/** Text cut to what a cell holds, never between the two halves of a surrogate pair. */
export function cellText(text: string): string {
  if (text.length <= MAX_CELL_CHARS) return text;
  const cut = /[\uD800-\uDBFF]/.test(text[MAX_CELL_CHARS - 1]!) ? MAX_CELL_CHARS - 1 : MAX_CELL_CHARS;
  return text.slice(0, cut);
}

const columnNames: string[] = [];

/** The letters of a column, from 0: `A`, …, `Z`, `AA`, …. */
export function columnName(index: number): string {
  let name = columnNames[index];
  if (name !== undefined) return name;
  name = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) name = String.fromCharCode(65 + ((rest - 1) % 26)) + name;
  columnNames[index] = name;
  return name;
}
