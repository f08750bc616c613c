import { RecordsInputError } from '../errors.ts';

/** How the bytes of an export are read when they are not UTF-8: what Russian-locale Excel writes. */
const FALLBACK_ENCODING = 'windows-1251';

/** The encoding chosen for an export, and whether it was guessed from its bytes. */
export interface EncodingChoice {
  /** A WHATWG encoding name, as `TextDecoder#encoding` gives it (`utf-8`, `windows-1251`). */
  encoding: string;
  /** True when nobody declared it: UTF-8 because the bytes are, else {@link FALLBACK_ENCODING}. */
  guessed: boolean;
}

/**
 * How many first bytes decide the encoding. The CLI streams a file and sees no more before it
 * decides; the service, which has the whole body, looks at as many, so that both decide alike.
 */
export const ENCODING_SAMPLE_BYTES = 64 * 1024;

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

function startsWithUtf8Bom(bytes: Uint8Array): boolean {
  return bytes[0] === UTF8_BOM[0] && bytes[1] === UTF8_BOM[1] && bytes[2] === UTF8_BOM[2];
}

/** True when the bytes are valid UTF-8 (a sequence cut at the end of the sample is allowed). */
function isValidUtf8Sample(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/**
 * Chooses how to decode an export from its first {@link ENCODING_SAMPLE_BYTES} bytes and the encoding its sender declared
 * (`--encoding`, the `charset` of a content type). A UTF-8 or UTF-16 byte order mark wins over the
 * declaration, as the WHATWG decode algorithm says; without either, UTF-8 when the sample is
 * valid UTF-8, else windows-1251. An encoding no TextDecoder knows is an `unknown-encoding` error.
 *
 * @example
 * chooseEncoding(fileStart)            // → { encoding: 'windows-1251', guessed: true }
 * chooseEncoding(fileStart, 'cp1250')  // → { encoding: 'windows-1250', guessed: false }
 */
export function chooseEncoding(sample: Uint8Array, declared?: string, path = 'charset'): EncodingChoice {
  const start = sample.subarray(0, ENCODING_SAMPLE_BYTES);
  if (startsWithUtf8Bom(start)) return { encoding: 'utf-8', guessed: false };
  // Excel's "Unicode text": UTF-16 with its byte order mark, little-endian on Windows.
  if (start[0] === 0xff && start[1] === 0xfe) return { encoding: 'utf-16le', guessed: false };
  if (start[0] === 0xfe && start[1] === 0xff) return { encoding: 'utf-16be', guessed: false };
  if (declared !== undefined && declared.trim() !== '') {
    try {
      return { encoding: new TextDecoder(declared.trim()).encoding, guessed: false };
    } catch (error) {
      throw new RecordsInputError([{ code: 'unknown-encoding', path, message: `unknown encoding "${declared}"; e.g. utf-8, windows-1251, windows-1250` }], {
        cause: error,
      });
    }
  }
  return isValidUtf8Sample(start) ? { encoding: 'utf-8', guessed: true } : { encoding: FALLBACK_ENCODING, guessed: true };
}

/**
 * Decodes a whole export: the encoding chosen by {@link chooseEncoding}, the byte order mark
 * dropped.
 *
 * @example
 * const { text, encoding } = decodeRecordsText(await request.bytes(), 'windows-1251')
 */
export function decodeRecordsText(bytes: Uint8Array, declared?: string, path?: string): EncodingChoice & { text: string } {
  const choice = chooseEncoding(bytes, declared, path);
  return { ...choice, text: new TextDecoder(choice.encoding).decode(bytes) };
}
