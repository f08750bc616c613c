import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { openWorkbookExport } from './open-workbook-export.ts';

/** A zip archive written by hand (CRC left 0: the reader trusts the directory's sizes, not checksums). */
function zipOf(parts: Record<string, string>, options: { deflate?: boolean; dataDescriptors?: boolean } = {}): Uint8Array {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(parts)) {
    const nameBytes = Buffer.from(name, 'utf8');
    const raw = Buffer.from(text, 'utf8');
    const data = options.deflate ? deflateRawSync(raw) : raw;
    const method = options.deflate ? 8 : 0;
    const flags = 0x800 | (options.dataDescriptors ? 0x8 : 0);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(options.dataDescriptors ? 0 : data.length, 18);
    local.writeUInt32LE(options.dataDescriptors ? 0 : raw.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const descriptor = Buffer.alloc(options.dataDescriptors ? 16 : 0);
    if (options.dataDescriptors) {
      descriptor.writeUInt32LE(0x08074b50, 0);
      descriptor.writeUInt32LE(data.length, 8);
      descriptor.writeUInt32LE(raw.length, 12);
    }
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(flags, 8);
    entry.writeUInt16LE(method, 10);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(raw.length, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data, descriptor);
    directory.push(entry, nameBytes);
    offset += local.length + nameBytes.length + data.length + descriptor.length;
  }
  const directoryBytes = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(parts).length, 8);
  end.writeUInt16LE(Object.keys(parts).length, 10);
  end.writeUInt32LE(directoryBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directoryBytes, end]));
}

const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function packageOf(sheetXml: string, extra: { sharedStrings?: string; styles?: string; date1904?: boolean } = {}): Record<string, string> {
  const related = [
    `<Relationship Id="rId1" Type="${RELATIONSHIPS}/worksheet" Target="worksheets/sheet1.xml"/>`,
    ...(extra.sharedStrings ? [`<Relationship Id="rId2" Type="${RELATIONSHIPS}/sharedStrings" Target="sharedStrings.xml"/>`] : []),
    ...(extra.styles ? [`<Relationship Id="rId3" Type="${RELATIONSHIPS}/styles" Target="styles.xml"/>`] : []),
  ];
  return {
    '_rels/.rels': `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r" Type="${RELATIONSHIPS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${RELATIONSHIPS}">${extra.date1904 ? '<workbookPr date1904="1"/>' : ''}<sheets><sheet name="Клиенти" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${related.join('')}</Relationships>`,
    'xl/worksheets/sheet1.xml': `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetXml}</sheetData></worksheet>`,
    ...(extra.sharedStrings ? { 'xl/sharedStrings.xml': extra.sharedStrings } : {}),
    ...(extra.styles ? { 'xl/styles.xml': extra.styles } : {}),
  };
}

async function rowsOf(bytes: Uint8Array) {
  const opened = await openWorkbookExport(bytes, { source: 'export.xlsx' });
  const rows = [];
  for await (const row of opened.rows) rows.push(row);
  return { ...opened, rows };
}

const STYLES = `<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="DD.MM.YYYY"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>`;

describe('reading workbooks other writers make', () => {
  it('reads inline strings, rich-text shared strings, entities, booleans, errors, rows and cells without r=, and sparse columns', async () => {
    const sharedStrings = `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3" uniqueCount="3"><si><t>clientId</t></si><si><r><rPr><b/></rPr><t>Доход </t></r><r><t xml:space="preserve">семьи</t></r></si><si><t>Ana &amp; Marko &lt;3 &#268;&#x10D;</t></si></sst>`;
    const sheet = [
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>note</t></is></c><c r="E1" t="inlineStr"><is><r><t>act</t></r><r><t>ive</t></r></is></c></row>',
      '<row><c t="s"><v>2</v></c><c><v>1234.5</v></c><c t="b"><v>1</v></c><c/><c t="e"><v>#N/A</v></c></row>',
      '<row r="7"><c r="A7" t="str"><f>A1&amp;"x"</f><v>clientIdx</v></c><c r="E7" t="b"><v>0</v></c></row>',
    ].join('');
    const { header, rows } = await rowsOf(zipOf(packageOf(sheet, { sharedStrings }), { deflate: true }));
    expect(header).toEqual({ row: 1, columns: ['clientId', 'Доход семьи', 'note', '', 'active'] });
    expect(rows).toEqual([
      { row: 2, cells: ['Ana & Marko <3 Čč', 1234.5, true, null, { formulaProblem: '#N/A' }] },
      { row: 7, cells: ['clientIdx', null, null, null, false] },
    ]);
  });

  it('reads dates by built-in and custom number formats in the 1900 and the 1904 date systems', async () => {
    const sheet =
      '<row r="1"><c r="A1" t="inlineStr"><is><t>applicationDate</t></is></c><c r="B1" t="inlineStr"><is><t>amount</t></is></c></row><row r="2"><c r="A2" s="1"><v>45382</v></c><c r="B2" s="0"><v>45382</v></c></row><row r="3"><c r="A3" s="2"><v>45383</v></c></row>';
    const in1900 = await rowsOf(zipOf(packageOf(sheet, { styles: STYLES })));
    expect(in1900.rows.map((row) => row.cells[0])).toEqual([{ date: '2024-03-31' }, { date: '2024-04-01' }]);
    expect(in1900.rows[0]?.cells[1]).toBe(45382);
    const in1904 = await rowsOf(zipOf(packageOf(sheet, { styles: STYLES, date1904: true })));
    expect(in1904.rows.map((row) => row.cells[0])).toEqual([{ date: '2028-04-01' }, { date: '2028-04-02' }]);
  });

  it('reads entries whose sizes come after their data (data descriptors), stored or deflated', async () => {
    const sheet = '<row r="1"><c t="inlineStr"><is><t>clientId</t></is></c></row><row r="2"><c t="inlineStr"><is><t>C1</t></is></c></row>';
    for (const deflate of [false, true]) {
      const { rows } = await rowsOf(zipOf(packageOf(sheet), { deflate, dataDescriptors: true }));
      expect(rows).toEqual([{ row: 2, cells: ['C1'] }]);
    }
  });

  it('reads what exceljs streaming writer writes, rich text included', async () => {
    const chunks: Buffer[] = [];
    const { PassThrough } = await import('node:stream');
    const stream = new PassThrough().on('data', (chunk: Buffer) => chunks.push(chunk));
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: true });
    const sheet = writer.addWorksheet('Clients');
    sheet.addRow(['clientId', 'householdSize']).commit();
    sheet.addRow([{ richText: [{ text: 'C', font: { bold: true } }, { text: '1' }] }, 4]).commit();
    for (let index = 2; index <= 500; index += 1) sheet.addRow([`C${index}`, index % 7]).commit();
    sheet.commit();
    await writer.commit();
    const { rows } = await rowsOf(new Uint8Array(Buffer.concat(chunks)));
    expect(rows).toHaveLength(500);
    expect(rows[0]).toEqual({ row: 2, cells: ['C1', 4] });
    expect(rows[499]).toEqual({ row: 501, cells: ['C500', 500 % 7] });
  });

  it('names the file for a zip cut short, and for a sheet part that is missing', async () => {
    const whole = zipOf(packageOf('<row r="1"><c t="inlineStr"><is><t>clientId</t></is></c></row>'), { deflate: true });
    await expect(rowsOf(whole.subarray(0, whole.length - 30))).rejects.toThrow(/^export\.xlsx: not an \.xlsx workbook \(/);
    const parts = packageOf('');
    delete parts['xl/worksheets/sheet1.xml'];
    await expect(rowsOf(zipOf(parts))).rejects.toThrow('export.xlsx: the sheet "Клиенти" could not be found in the workbook');
  });
});
