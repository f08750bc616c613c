import { isElementAt, startTagEnd } from './xml-scan.ts';

/** Where an element is in a piece of XML text: its attributes (after the name, before `>` or `/>`) and its content. */
export interface ElementPlace {
  attributesFrom: number;
  attributesTo: number;
  contentFrom: number;
  contentTo: number;
}

class XmlStopsError extends Error {}

/**
 * Streams the XML of a part (UTF-8 chunks) and hands each complete `<name>` element to `read`
 * as it comes, the values of one chunk together: only the element cut by a chunk's end is
 * held over, so memory is one chunk and one element whatever the part's size.
 */
export async function* scanElements<T>(
  chunks: AsyncIterable<Buffer>,
  name: string,
  read: (xml: string, place: ElementPlace) => T | undefined,
): AsyncGenerator<T[]> {
  const decoder = new TextDecoder('utf-8');
  const open = `<${name}`;
  const close = `</${name}>`;
  let rest = '';
  for await (const chunk of chunks) {
    const xml = rest + decoder.decode(chunk, { stream: true });
    const values: T[] = [];
    let at = 0;
    rest = '';
    for (;;) {
      const start = xml.indexOf(open, at);
      if (start === -1) {
        rest = xml.slice(Math.max(at, xml.length - open.length));
        break;
      }
      if (start + open.length >= xml.length) {
        rest = xml.slice(start);
        break;
      }
      if (!isElementAt(xml, start, name)) {
        at = start + open.length;
        continue;
      }
      const tagEnd = startTagEnd(xml, start);
      if (tagEnd === -1) {
        rest = xml.slice(start);
        break;
      }
      const attributesFrom = start + open.length;
      let value: T | undefined;
      if (xml.charCodeAt(tagEnd - 1) === 47) {
        value = read(xml, { attributesFrom, attributesTo: tagEnd - 1, contentFrom: tagEnd + 1, contentTo: tagEnd + 1 });
        at = tagEnd + 1;
      } else {
        const end = xml.indexOf(close, tagEnd);
        if (end === -1) {
          rest = xml.slice(start);
          break;
        }
        value = read(xml, { attributesFrom, attributesTo: tagEnd, contentFrom: tagEnd + 1, contentTo: end });
        at = end + close.length;
      }
      if (value !== undefined) values.push(value);
    }
    if (values.length > 0) yield values;
  }
  rest += decoder.decode();
  const cut = rest.indexOf(open);
  if (cut !== -1 && isElementAt(`${rest} `, cut, name)) throw new XmlStopsError(`the XML stops inside a <${name}> element`);
}
