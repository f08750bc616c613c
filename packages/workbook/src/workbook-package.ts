import { forEachAttribute, isElementAt, startTagEnd, xmlValue } from './xml-scan.ts';
import type { ZipArchive, ZipEntry } from './zip-archive.ts';

/** A worksheet as the workbook part lists it: its name and the archive entry of its XML (absent when the archive lacks it). */
interface PackageSheet {
  name: string;
  entry: ZipEntry | undefined;
}

/** What a reader of a worksheet needs from the rest of an `.xlsx` package. */
export interface WorkbookPackage {
  sheets: PackageSheet[];
  date1904: boolean;
  sharedStrings: ZipEntry | undefined;
  styles: ZipEntry | undefined;
}

/** Parts that describe the workbook (not its data) are small; more than this is no workbook we read. */
const MAX_DESCRIPTION_BYTES = 16 * 1024 * 1024;
const OFFICE_DOCUMENT = '/officeDocument';

/** Each `<name …>` start tag of `xml`, by its attributes (raw values). */
function startTags(xml: string, name: string): Array<Map<string, string>> {
  const tags: Array<Map<string, string>> = [];
  const open = `<${name}`;
  for (let at = xml.indexOf(open); at !== -1; at = xml.indexOf(open, at + open.length)) {
    if (!isElementAt(xml, at, name)) continue;
    const end = startTagEnd(xml, at);
    if (end === -1) break;
    const attributes = new Map<string, string>();
    forEachAttribute(xml, at + open.length, xml.charCodeAt(end - 1) === 47 ? end - 1 : end, (key, value) => attributes.set(key, value));
    tags.push(attributes);
  }
  return tags;
}

function partText(archive: ZipArchive, entry: ZipEntry): string {
  return archive.read(entry, MAX_DESCRIPTION_BYTES).toString('utf8');
}

/** A relationship's target as an archive path: relative to the folder of the part it belongs to, or absolute from the root. */
function targetPath(fromPart: string, target: string): string {
  const segments = target.startsWith('/') ? [] : fromPart.split('/').slice(0, -1);
  for (const segment of target.split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '.' && segment !== '') segments.push(segment);
  }
  return segments.join('/');
}

function relationshipsOf(archive: ZipArchive, part: string): Array<{ id: string; type: string; path: string }> {
  const folder = part.split('/').slice(0, -1).join('/');
  const name = part.split('/').at(-1) ?? '';
  const entry = archive.entries.get(`${folder === '' ? '' : `${folder}/`}_rels/${name}.rels`.toLowerCase());
  if (!entry) return [];
  return startTags(partText(archive, entry), 'Relationship')
    .filter((tag) => tag.get('TargetMode') !== 'External')
    .map((tag) => ({ id: tag.get('Id') ?? '', type: tag.get('Type') ?? '', path: targetPath(part, xmlValue(tag.get('Target') ?? '')) }));
}

/**
 * Finds the workbook part of a package (by its root relationships, `xl/workbook.xml` when they
 * are missing), its sheets in their order with the entries of their XML, its date system
 * (1900, or 1904 when `workbookPr date1904` says so) and the shared strings and styles parts.
 * Undefined when the archive has no workbook part.
 */
export function readWorkbookPackage(archive: ZipArchive): WorkbookPackage | undefined {
  const rootTarget = relationshipsOf(archive, '').find((relationship) => relationship.type.endsWith(OFFICE_DOCUMENT))?.path;
  const workbookPath = rootTarget ?? 'xl/workbook.xml';
  const workbookEntry = archive.entries.get(workbookPath.toLowerCase());
  if (!workbookEntry) return undefined;
  const xml = partText(archive, workbookEntry);
  const relationships = relationshipsOf(archive, workbookPath);
  const entryOf = (path: string | undefined): ZipEntry | undefined => (path === undefined ? undefined : archive.entries.get(path.toLowerCase()));
  const byType = (suffix: string): ZipEntry | undefined => entryOf(relationships.find((relationship) => relationship.type.endsWith(suffix))?.path);
  const sheets = startTags(xml, 'sheet').map((tag) => {
    // The relationship id's prefix is whatever the writer bound the relationships namespace to (r:id, most often).
    const id = [...tag].find(([key]) => key.endsWith(':id'))?.[1];
    return { name: xmlValue(tag.get('name') ?? ''), entry: entryOf(relationships.find((relationship) => relationship.id === id)?.path) };
  });
  const date1904 = startTags(xml, 'workbookPr').some((tag) => ['1', 'true'].includes(tag.get('date1904') ?? ''));
  return { sheets, date1904, sharedStrings: byType('/sharedStrings'), styles: byType('/styles') };
}

/** For each cell style (`s` of a cell) of `styles.xml`, whether its number format shows a date or a time. */
export function dateStylesOf(archive: ZipArchive, styles: ZipEntry | undefined, isDateFormat: (format: string) => boolean): boolean[] {
  if (!styles) return [];
  const xml = partText(archive, styles);
  const formats = new Map<string, string>();
  for (const tag of startTags(xml, 'numFmt')) formats.set(tag.get('numFmtId') ?? '', xmlValue(tag.get('formatCode') ?? ''));
  const start = xml.indexOf('<cellXfs');
  const end = xml.indexOf('</cellXfs>', start);
  if (start === -1 || end === -1) return [];
  return startTags(xml.slice(start, end), 'xf').map((tag) => {
    const id = tag.get('numFmtId') ?? '0';
    const format = formats.get(id);
    return format === undefined ? BUILT_IN_DATE_FORMATS.has(Number(id)) : isDateFormat(format);
  });
}

// Number formats Excel knows by id without writing them: dates and times (and their East Asian variants).
const BUILT_IN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);
