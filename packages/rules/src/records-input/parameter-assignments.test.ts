import { describe, expect, it } from 'vitest';
import { RecordsInputError } from '../errors.ts';
import { parseParameterAssignments } from './parameter-assignments.ts';

describe('parseParameterAssignments', () => {
  it('reads name=value, the value as written (it may hold "=")', () => {
    expect([...parseParameterAssignments([' povertyLinePerMember =150', 'codes=a=b,c', '__proto__=1'])]).toEqual([
      ['povertyLinePerMember', '150'],
      ['codes', 'a=b,c'],
      ['__proto__', '1'],
    ]);
  });

  it('names every entry without a name, together', () => {
    try {
      parseParameterAssignments(['x=1', '=2', 'three'], (_index, text) => `--param ${text}`);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(RecordsInputError);
      expect((error as RecordsInputError).problems.map(({ code, path }) => `${code} ${path}`)).toEqual([
        'parameter-syntax --param =2',
        'parameter-syntax --param three',
      ]);
    }
  });
});
