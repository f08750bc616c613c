import { describe, expect, it } from 'vitest';
import { RecordsInputError } from '../errors.ts';
import { chooseEncoding, decodeRecordsText, ENCODING_SAMPLE_BYTES } from './choose-encoding.ts';

const PRIVET_1251 = Uint8Array.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('chooseEncoding and decodeRecordsText', () => {
  it('reads UTF-8 as UTF-8, and bytes that are not UTF-8 as windows-1251, saying it guessed', () => {
    expect(decodeRecordsText(utf8('Привет'))).toEqual({ encoding: 'utf-8', guessed: true, text: 'Привет' });
    expect(decodeRecordsText(PRIVET_1251)).toEqual({ encoding: 'windows-1251', guessed: true, text: 'Привет' });
  });

  it('honours a declared encoding by any of its labels, but a UTF-8 byte order mark wins', () => {
    expect(decodeRecordsText(PRIVET_1251, 'cp1251')).toEqual({ encoding: 'windows-1251', guessed: false, text: 'Привет' });
    expect(chooseEncoding(Uint8Array.from([0x8a, 0x9a]), 'windows-1250')).toEqual({ encoding: 'windows-1250', guessed: false });
    expect(decodeRecordsText(utf8('\uFEFFa,b'), 'windows-1251')).toEqual({ encoding: 'utf-8', guessed: false, text: 'a,b' });
  });

  it('decides from the first bytes only, as the CLI that streams a file does', () => {
    const late = new Uint8Array(ENCODING_SAMPLE_BYTES + PRIVET_1251.length).fill(0x61);
    late.set(PRIVET_1251, ENCODING_SAMPLE_BYTES);
    expect(chooseEncoding(late)).toEqual({ encoding: 'utf-8', guessed: true });
  });

  it('refuses an encoding no decoder knows, with its code', () => {
    expect(() => chooseEncoding(PRIVET_1251, 'klingon', 'content-type')).toThrow(RecordsInputError);
    try {
      chooseEncoding(PRIVET_1251, 'klingon', 'content-type');
    } catch (error) {
      expect((error as RecordsInputError).problems).toEqual([
        { code: 'unknown-encoding', path: 'content-type', message: 'unknown encoding "klingon"; e.g. utf-8, windows-1251, windows-1250' },
      ]);
    }
  });
});
