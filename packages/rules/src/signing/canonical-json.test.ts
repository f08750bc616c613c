import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.ts';
import { SigningError } from './signing-error.ts';

describe('canonicalJson', () => {
  it('sorts keys by UTF-16 code units and drops white space (RFC 8785 §3.2.3)', () => {
    const value = JSON.parse(
      '{"\\u20ac":"Euro Sign","\\r":"Carriage Return","\\ufb33":"Hebrew Letter Dalet With Dagesh","1":"One","\\ud83d\\ude00":"Emoji: Grinning Face","\\u0080":"Control","\\u00f6":"Latin Small Letter O With Diaeresis"}',
    );
    expect(canonicalJson(value)).toBe(
      '{"\\r":"Carriage Return","1":"One","\u0080":"Control","\u00f6":"Latin Small Letter O With Diaeresis","\u20ac":"Euro Sign","\ud83d\ude00":"Emoji: Grinning Face","\ufb33":"Hebrew Letter Dalet With Dagesh"}',
    );
  });

  it('prints numbers as ECMAScript does (RFC 8785 appendix B)', () => {
    const cases: Array<[number, string]> = [
      [0, '0'],
      [-0, '0'],
      [1e21, '1e+21'],
      [1e-7, '1e-7'],
      [0.000001, '0.000001'],
      [Number('333333333.33333329'), '333333333.3333333'],
      [-5e-324, '-5e-324'],
      [9007199254740992, '9007199254740992'],
      [Number('295147905179352825856'), '295147905179352830000'],
    ];
    for (const [value, text] of cases) expect(canonicalJson(value)).toBe(text);
  });

  it('gives one text for documents that differ only in key order and formatting', () => {
    const a = JSON.parse('{ "b": [1, {"y": true, "x": null}], "a": "é\\n" }');
    const b = JSON.parse('{"a":"\\u00e9\\n","b":[1,{"x":null,"y":true}]}');
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(canonicalJson(a)).toBe('{"a":"é\\n","b":[1,{"x":null,"y":true}]}');
  });

  it('escapes control characters with lower-case hex', () => {
    expect(canonicalJson('\u0001\u001f"\\/')).toBe('"\\u0001\\u001f\\"\\\\/"');
  });

  it('refuses what JSON cannot carry, naming the path', () => {
    const attempt = (value: unknown) => {
      try {
        canonicalJson(value);
      } catch (error) {
        return error instanceof SigningError ? `${error.code} ${error.path}` : String(error);
      }
      return 'no error';
    };
    expect(attempt({ rules: [{ n: Number.NaN }] })).toBe('not-json /rules/0/n');
    expect(attempt({ a: undefined })).toBe('not-json /a');
    expect(attempt({ when: new Date(0) })).toBe('not-json /when');
    expect(attempt({ text: 'a\ud800b' })).toBe('lone-surrogate /text');
  });

  it('refuses very deep nesting without overflowing the stack', () => {
    let deep: unknown = 1;
    for (let index = 0; index < 10_000; index += 1) deep = [deep];
    expect(() => canonicalJson(deep)).toThrow(/nesting deeper than 256 levels/);
  });
});
