import { scanElements } from './element-scan.ts';
import { runsText } from './xml-scan.ts';
import type { ZipArchive, ZipEntry } from './zip-archive.ts';

/**
 * The most XML of a shared strings table read (inflated size): the table is held whole while
 * the sheet is read, as strings cut from that XML, so memory grows with it up to about this much.
 */
export const MAX_SHARED_STRINGS_BYTES = 256 * 1024 * 1024;

export class SharedStringsTooLarge extends Error {}

/** The shared strings table (`sharedStrings.xml`), read as a stream before the sheet: the text of each `<si>`, rich text runs joined. */
export async function readSharedStrings(archive: ZipArchive, entry: ZipEntry | undefined): Promise<string[]> {
  if (!entry) return [];
  const tooLarge = (): SharedStringsTooLarge =>
    new SharedStringsTooLarge(`its shared strings table is over ${MAX_SHARED_STRINGS_BYTES / 1024 / 1024} MiB of XML, more than is read`);
  if (entry.size > MAX_SHARED_STRINGS_BYTES) throw tooLarge();
  const { chunks } = archive.stream(entry);
  let inflated = 0;
  // The directory's size is checked above; counting what comes out guards against one that understates it.
  const counted = (async function* () {
    for await (const chunk of chunks as AsyncIterable<Buffer>) {
      inflated += chunk.length;
      if (inflated > MAX_SHARED_STRINGS_BYTES) throw tooLarge();
      yield chunk;
    }
  })();
  const strings: string[] = [];
  for await (const batch of scanElements(counted, 'si', (xml, place) => runsText(xml, place.contentFrom, place.contentTo))) {
    for (const text of batch) strings.push(text);
  }
  return strings;
}
