import { Transform, type TransformCallback } from 'node:stream';

const SNIFF_BYTES = 64 * 1024;

/** True when the bytes are valid UTF-8 (a sequence cut at the end of the sample is allowed). */
export function isValidUtf8Sample(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

export interface DecodeOptions {
  /** An encoding the WHATWG TextDecoder knows (utf-8, windows-1251, windows-1250, …), or 'auto'. */
  encoding: string;
  /** Called once per problem: the file is not UTF-8, or a byte could not be decoded at a line. */
  warn: (message: string) => void;
  fileName: string;
}

/**
 * Decodes a byte stream to text. With `auto`, the first 64 KB decide: UTF-8 (with or without a
 * byte-order mark) or, failing that, windows-1251, the usual encoding of Russian Excel exports.
 * Undecodable bytes become U+FFFD and are reported with their line, never thrown.
 */
export function createDecodeStream(options: DecodeOptions): Transform {
  let decoder: TextDecoder | undefined;
  let pending: Buffer[] = [];
  let pendingLength = 0;
  let line = 1;
  let reported = false;
  const push = (stream: Transform, bytes: Uint8Array, final: boolean): void => {
    const text = decoder!.decode(bytes, { stream: !final });
    if (!reported && text.includes('\uFFFD')) {
      const before = text.slice(0, text.indexOf('\uFFFD'));
      reported = true;
      options.warn(
        `${options.fileName}:${line + countNewlines(before)}: bytes that are not ${decoder!.encoding} were replaced by "\uFFFD"; pass --encoding with the file's encoding (e.g. windows-1251, windows-1250)`,
      );
    }
    line += countNewlines(text);
    if (text) stream.push(text);
  };
  const choose = (sample: Uint8Array): void => {
    let encoding = options.encoding;
    if (encoding === 'auto') {
      encoding = isValidUtf8Sample(sample) ? 'utf-8' : 'windows-1251';
      if (encoding !== 'utf-8') {
        options.warn(`${options.fileName}: not UTF-8; reading it as windows-1251 (pass --encoding to choose another, e.g. windows-1250 for Latin-script Bosnian/Croatian/Serbian)`);
      }
    }
    decoder = new TextDecoder(encoding, { fatal: false, ignoreBOM: false });
  };
  return new Transform({
    readableObjectMode: false,
    decodeStrings: true,
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      if (decoder) {
        push(this, chunk, false);
        callback();
        return;
      }
      pending.push(chunk);
      pendingLength += chunk.length;
      if (pendingLength >= SNIFF_BYTES) {
        const sample = Buffer.concat(pending);
        pending = [];
        choose(sample);
        push(this, sample, false);
      }
      callback();
    },
    flush(callback: TransformCallback) {
      if (!decoder) {
        const sample = Buffer.concat(pending);
        choose(sample);
        push(this, sample, true);
      } else push(this, new Uint8Array(), true);
      callback();
    },
  });
}

function countNewlines(text: string): number {
  let count = 0;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) count += 1;
  return count;
}
