import { columnName, xmlText } from './sheet-xml.ts';

/** The fill of a cell named by a finding, by its severity. */
export type CellFill = 'error' | 'warning' | 'info';

const FILL_COLOURS: Readonly<Record<CellFill, string>> = { error: 'FFF4B6B6', warning: 'FFFFD98A', info: 'FFD6E6F5' };
const FILL_KINDS: readonly (CellFill | undefined)[] = [undefined, 'error', 'warning', 'info'];
const HEADER_COLOUR = 'FFD9D9D9';

export const HEADER_STYLE = 1;

/** The style of a body cell: its fill, and whether Excel keeps it text when it is edited (quote prefix). */
export function bodyStyle(fill: CellFill | undefined, quotePrefix: boolean): number {
  return 2 + FILL_KINDS.indexOf(fill) * 2 + (quotePrefix ? 1 : 0);
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** A written worksheet as the package parts around it need to know it. */
export interface WrittenSheet {
  name: string;
  /** 1-based, as in `xl/worksheets/sheetN.xml`. */
  number: number;
  columns: number;
  rows: number;
  notes: number;
}

export function contentTypesXml(sheets: readonly WrittenSheet[]): string {
  const overrides = sheets.flatMap((sheet) => [
    `<Override PartName="/xl/worksheets/sheet${sheet.number}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    ...(sheet.notes > 0
      ? [`<Override PartName="/xl/comments${sheet.number}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>`]
      : []),
  ]);
  return `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${overrides.join('')}</Types>`;
}

export function packageRelationshipsXml(): string {
  return `${XML_DECLARATION}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}"><Relationship Id="rId1" Type="${RELATIONSHIPS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
}

function quotedSheetName(name: string): string {
  return `'${name.replaceAll("'", "''")}'`;
}

export function workbookXml(sheets: readonly WrittenSheet[]): string {
  const entries = sheets.map((sheet) => `<sheet name="${xmlText(sheet.name)}" sheetId="${sheet.number}" r:id="rId${sheet.number}"/>`);
  // Excel names each sheet's filtered range; without it some versions drop the filter buttons on save.
  const filters = sheets.map(
    (sheet, index) =>
      `<definedName name="_xlnm._FilterDatabase" localSheetId="${index}" hidden="1">${xmlText(quotedSheetName(sheet.name))}!$A$1:$${columnName(Math.max(sheet.columns, 1) - 1)}$${Math.max(sheet.rows, 1)}</definedName>`,
  );
  return `${XML_DECLARATION}<workbook xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}"><bookViews><workbookView/></bookViews><sheets>${entries.join('')}</sheets><definedNames>${filters.join('')}</definedNames></workbook>`;
}

export function workbookRelationshipsXml(sheets: readonly WrittenSheet[]): string {
  const entries = sheets.map(
    (sheet) => `<Relationship Id="rId${sheet.number}" Type="${RELATIONSHIPS}/worksheet" Target="worksheets/sheet${sheet.number}.xml"/>`,
  );
  return `${XML_DECLARATION}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}">${entries.join('')}<Relationship Id="rId${sheets.length + 1}" Type="${RELATIONSHIPS}/styles" Target="styles.xml"/></Relationships>`;
}

export function stylesXml(): string {
  const fills = FILL_KINDS.slice(1).map(
    (kind) => `<fill><patternFill patternType="solid"><fgColor rgb="${FILL_COLOURS[kind!]}"/><bgColor indexed="64"/></patternFill></fill>`,
  );
  const bodies = FILL_KINDS.flatMap((_, kind) => {
    const fillId = kind === 0 ? 0 : kind + 2;
    const applyFill = kind === 0 ? '' : ' applyFill="1"';
    return [
      `<xf numFmtId="0" fontId="0" fillId="${fillId}" borderId="0" xfId="0"${applyFill}/>`,
      `<xf numFmtId="0" fontId="0" fillId="${fillId}" borderId="0" xfId="0" quotePrefix="1"${applyFill}/>`,
    ];
  });
  return `${XML_DECLARATION}<styleSheet xmlns="${MAIN}"><fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="${3 + fills.length}"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="${HEADER_COLOUR}"/><bgColor indexed="64"/></patternFill></fill>${fills.join('')}</fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="${2 + bodies.length}"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"/>${bodies.join('')}</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;
}

/** The start of a worksheet: frozen header row and the column widths. */
export function sheetStartXml(widths: readonly number[]): string {
  const columns = widths.map((width, index) => `<col min="${index + 1}" max="${index + 1}" width="${width}" customWidth="1"/>`);
  return `${XML_DECLARATION}<worksheet xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>${columns.length > 0 ? `<cols>${columns.join('')}</cols>` : ''}<sheetData>`;
}

/** The end of a worksheet: the filter over header and rows, and the drawing that shows its notes. */
export function sheetEndXml(sheet: WrittenSheet): string {
  const filter = `<autoFilter ref="A1:${columnName(Math.max(sheet.columns, 1) - 1)}${Math.max(sheet.rows, 1)}"/>`;
  return `</sheetData>${filter}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>${sheet.notes > 0 ? '<legacyDrawing r:id="rId2"/>' : ''}</worksheet>`;
}

export function sheetRelationshipsXml(sheet: WrittenSheet): string {
  return `${XML_DECLARATION}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}"><Relationship Id="rId1" Type="${RELATIONSHIPS}/comments" Target="../comments${sheet.number}.xml"/><Relationship Id="rId2" Type="${RELATIONSHIPS}/vmlDrawing" Target="../drawings/vmlDrawing${sheet.number}.vml"/></Relationships>`;
}

/** A cell's note: 0-based row and column, and its text. */
export interface CellNote {
  row: number;
  column: number;
  text: string;
}

export function commentsXml(notes: readonly CellNote[]): string {
  const comments = notes.map(
    (note) =>
      `<comment ref="${columnName(note.column)}${note.row + 1}" authorId="0"><text><r><t xml:space="preserve">${xmlText(note.text)}</t></r></text></comment>`,
  );
  return `${XML_DECLARATION}<comments xmlns="${MAIN}"><authors><author>lens</author></authors><commentList>${comments.join('')}</commentList></comments>`;
}

/** Shape ids come in blocks of this many, each block listed in the drawing's id map. */
export const SHAPE_BLOCK = 1024;

/**
 * The legacy drawing Excel shows notes with: one hidden shape a note, anchored beside its cell.
 * `firstBlock`: the first id block of this drawing (ids are unique across the workbook's drawings).
 */
export function notesDrawingVml(notes: readonly CellNote[], firstBlock: number): string {
  const blocks = Array.from({ length: Math.max(1, Math.ceil(notes.length / SHAPE_BLOCK)) }, (_, index) => firstBlock + index);
  const shapes = notes.map(
    (note, index) =>
      `<v:shape id="_x0000_s${firstBlock * SHAPE_BLOCK + 1 + index}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:240pt;height:90pt;z-index:${index + 1};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${note.column + 1}, 15, ${note.row}, 2, ${note.column + 5}, 15, ${note.row + 6}, 4</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${note.row}</x:Row><x:Column>${note.column}</x:Column></x:ClientData></v:shape>`,
  );
  return `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${blocks.join(',')}"/></o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>${shapes.join('')}</xml>`;
}
