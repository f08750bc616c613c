import { parseCsvText } from '@social-lens/rules/records-input';

/**
 * Writes a canonical client export (the shipped example) as an MIS in another locale writes it:
 * other column names, the MIS's own codes, decimal comma with grouped thousands, day-first
 * dates, another delimiter and encoding. What was wrong stays wrong: a cell the canonical file
 * cannot read is written so that the new convention cannot read it either, and a code that is
 * no canonical value stays a fault. Every cell written differently from the canonical text in a
 * way a message shows (an unreadable cell, a bad code) is returned as a substitution, so that the
 * findings of both files can be compared message for message.
 */
export interface ExportConvention {
  delimiter: ';' | '\t' | ',';
  /** Canonical field → the export's column name (the others keep theirs). */
  columns: Readonly<Record<string, string>>;
  /** Canonical field → canonical value → the MIS's code. */
  codes: Readonly<Record<string, Readonly<Record<string, string>>>>;
  decimal: ',' | '.';
  group: string;
  dates: 'DD.MM.YYYY' | 'DD/MM/YYYY';
  /** Appended to a cell the canonical file cannot read, should the new convention read it (`567,5` → `567,5 KM`). */
  unitSuffix: string;
}

export interface ConvertedExport {
  text: string;
  /** Per client id: [as written here, as the canonical file writes it], for cells messages quote. */
  substitutions: Map<string, Array<[string, string]>>;
  /** Cells whose code the profile does not list: [client id, field, code]. */
  unlistedCodes: Array<[string, string, string]>;
}

const NUMBER_FIELDS = new Set([
  'householdSize',
  'dependents',
  'incomeBusiness',
  'incomeWages',
  'incomeAgriculture',
  'incomeRemittances',
  'incomeOther',
  'householdIncomeMonthly',
  'loanCycle',
  'loanAmount',
  'loanTermMonths',
  'installmentAmount',
]);
const DATE_FIELDS = new Set(['birthDate', 'applicationDate', 'disbursementDate', 'exitDate', 'clientSince']);
const CANONICAL_NUMBER = /^([+-]?)(\d*)(?:\.(\d+))?$/;
const ISO_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

function grouped(digits: string, group: string): string {
  if (group === '' || digits.length <= 3) return digits;
  const head = digits.length % 3 || 3;
  const parts = [digits.slice(0, head)];
  for (let index = head; index < digits.length; index += 3) parts.push(digits.slice(index, index + 3));
  return parts.join(group);
}

function quoteCell(cell: string, delimiter: string): string {
  return /["\n\r]/.test(cell) || cell.includes(delimiter) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** A number cell in the convention; undefined when the canonical file cannot read it. */
function writeNumber(cell: string, convention: ExportConvention): string | undefined {
  const match = CANONICAL_NUMBER.exec(cell);
  if (match === null || (match[2] === '' && match[3] === undefined)) return undefined;
  const [, sign = '', whole = '', decimals] = match;
  return `${sign}${grouped(whole, convention.group)}${decimals === undefined ? '' : `${convention.decimal}${decimals}`}`;
}

/**
 * @example
 * const { text } = writeExportInConvention(readFileSync(EXAMPLE_EXPORT, 'utf8'), RUSSIAN_EXCEL)
 */
export function writeExportInConvention(canonical: string, convention: ExportConvention): ConvertedExport {
  const rows: string[][] = [];
  parseCsvText(canonical, ',', 1, (cells) => rows.push(cells));
  const [header = [], ...records] = rows;
  const substitutions = new Map<string, Array<[string, string]>>();
  const unlistedCodes: Array<[string, string, string]> = [];
  const clientColumn = header.indexOf('clientId');
  const substitute = (clientId: string, written: string, original: string): void => {
    substitutions.set(clientId, [...(substitutions.get(clientId) ?? []), [written, original]]);
  };
  const lines = [header.map((field) => convention.columns[field] ?? field)];
  for (const cells of records) {
    const clientId = cells[clientColumn] ?? '';
    lines.push(
      cells.map((cell, index) => {
        const field = header[index] ?? '';
        if (cell.trim() === '') return cell;
        const codes = convention.codes[field];
        if (codes !== undefined) {
          const code = codes[cell];
          if (code !== undefined) return code;
          // A fault of the canonical file (no canonical value) stays one: written so that no code of the profile reads it.
          const collides = Object.values(codes).some((written) => written.toLowerCase() === cell.toLowerCase());
          const written = collides ? `${cell}?` : cell;
          if (collides) substitute(clientId, written, cell);
          unlistedCodes.push([clientId, field, written]);
          return written;
        }
        if (NUMBER_FIELDS.has(field)) {
          const written = writeNumber(cell, convention);
          if (written !== undefined) return written;
          const unreadable = `${cell}${convention.unitSuffix}`;
          substitute(clientId, unreadable, cell);
          return unreadable;
        }
        if (DATE_FIELDS.has(field)) {
          const match = ISO_SHAPE.exec(cell);
          if (match === null) return cell;
          const [, year, month, day] = match;
          const separator = convention.dates === 'DD.MM.YYYY' ? '.' : '/';
          const written = `${day}${separator}${month}${separator}${year}`;
          if (Number.isNaN(Date.parse(cell)) || new Date(cell).toISOString().slice(0, 10) !== cell) substitute(clientId, written, cell);
          return written;
        }
        return cell;
      }),
    );
  }
  const text = `${lines.map((cells) => cells.map((cell) => quoteCell(cell, convention.delimiter)).join(convention.delimiter)).join('\r\n')}\r\n`;
  return { text, substitutions, unlistedCodes };
}

const WINDOWS_1250: Readonly<Record<string, number>> = { Š: 0x8a, š: 0x9a, Ž: 0x8e, ž: 0x9e, Č: 0xc8, č: 0xe8, Ć: 0xc6, ć: 0xe6, Đ: 0xd0, đ: 0xf0 };

/** windows-1250 bytes of text whose only non-ASCII characters are the Bosnian/Croatian/Serbian Latin letters. */
export function windows1250(text: string): Uint8Array {
  return Uint8Array.from([...text], (character) => {
    const code = character.charCodeAt(0);
    if (code <= 0x7f) return code;
    const byte = WINDOWS_1250[character];
    if (byte === undefined) throw new Error(`no windows-1250 byte for ${character} in this test`);
    return byte;
  });
}

/** UTF-16 little-endian with its byte order mark: Excel's "Unicode text". */
export function utf16le(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes[0] = 0xff;
  bytes[1] = 0xfe;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    bytes[2 + index * 2] = code & 0xff;
    bytes[3 + index * 2] = code >> 8;
  }
  return bytes;
}
