import { describe, expect, it } from 'vitest';
import { NO_COLUMN_MAP, readColumnMap } from './column-map.ts';
import { forEachRecordOfText, jsonLineOf, MAX_RECORD_DEPTH, type RecordsInputItem, recordOfJson } from './for-each-record.ts';
import { readCsvHeader } from './read-csv-header.ts';
import { readRecordsText } from './read-records-text.ts';

/** Items as `[line, record or rule id: message]`, easy to read in an assertion. */
function shown(items: readonly RecordsInputItem[]): unknown[] {
  return items.map((item) => (item.kind === 'record' ? [item.line, { ...item.raw }] : [item.finding.line, `${item.finding.ruleId}: ${item.finding.message}`]));
}

const csv = (text: string) => shown(readRecordsText(text, { format: 'csv', map: NO_COLUMN_MAP }).items);
const ndjson = (text: string, map = NO_COLUMN_MAP) => shown(readRecordsText(text, { format: 'ndjson', map }).items);

describe('CSV rows', () => {
  it('become records of canonical fields, with their lines; CRLF and blank lines are no rows', () => {
    expect(csv('clientId,HouseholdSize,Comment\r\nC1,4,x\r\n\r\n"C2","5",y\r\n')).toEqual([
      [2, { clientId: 'C1', householdSize: '4' }],
      [4, { clientId: 'C2', householdSize: '5' }],
    ]);
  });

  it('that cannot be read are findings in file order, and the rows after them are read', () => {
    expect(csv('clientId,householdSize\nC1\nC2,"4\nC3,5\n')).toEqual([
      [2, 'lens/input#readable-row: the row has 1 cells but the header has 2; the row was not checked'],
      [3, 'lens/input#readable-row: a quoted cell is never closed; the row was not checked'],
      [4, { clientId: 'C3', householdSize: '5' }],
    ]);
  });

  it('read the first column with a value where several give one field, after the header warning', () => {
    expect(csv('householdSize,clientId,HouseholdSize\n4,C1,0\n ,C2,3\n')).toEqual([
      [1, 'lens/input#distinct-columns: columns "householdSize" and "HouseholdSize" both give householdSize; the first with a value is read'],
      [2, { householdSize: '4', clientId: 'C1' }],
      [3, { householdSize: '3', clientId: 'C2' }],
    ]);
  });

  it('are read the same in chunks as whole, from the line each chunk starts on', () => {
    const text = 'clientId,householdSize\nC1,4\nC2\nC3,"5"\n';
    const header = readCsvHeader(text, NO_COLUMN_MAP);
    const items: RecordsInputItem[] = [];
    forEachRecordOfText('C1,4\nC2\n', 2, header.layout, (item) => items.push(item));
    forEachRecordOfText('C3,"5"\n', 4, header.layout, (item) => items.push(item));
    expect(shown(items)).toEqual(csv(text));
  });
});

describe('JSON records (NDJSON lines, array items)', () => {
  it('map their keys as CSV columns are, and drop keys no field matches', () => {
    expect(ndjson('{"ClientId":"C1"," householdSize ":4,"note":"x"}\r\n\n{"Members":"3"}\n', readColumnMap({ members: 'householdSize' }))).toEqual([
      [1, { clientId: 'C1', householdSize: 4 }],
      [3, { householdSize: '3' }],
    ]);
  });

  it('that are not objects, not JSON or nested too deep are findings; the next lines are read', () => {
    const deep = `{"clientId":"C1","householdSize":${'['.repeat(10_000)}${']'.repeat(10_000)}}`;
    expect(ndjson(`[1]\n{"clientId": \nnull\n${deep}\n"C5"\n{"clientId":"C6"}`)).toEqual([
      [1, 'lens/input#readable-row: expected a JSON object (one client record), got an array; the row was not checked'],
      [2, expect.stringMatching(/^lens\/input#readable-row: not valid JSON \(.+\); the row was not checked$/)],
      [3, 'lens/input#readable-row: expected a JSON object (one client record), got null; the row was not checked'],
      [4, `lens/input#readable-row: the record is nested deeper than ${MAX_RECORD_DEPTH} levels; the row was not checked`],
      [5, 'lens/input#readable-row: expected a JSON object (one client record), got string; the row was not checked'],
      [6, { clientId: 'C6' }],
    ]);
  });

  it('warn about two keys of one field, naming the record, and read the first with a value', () => {
    expect(shown(recordOfJson({ clientId: 'C1', householdSize: '', HouseholdSize: '4' }, NO_COLUMN_MAP, 9))).toEqual([
      [9, 'lens/input#distinct-columns: columns "householdSize" and "HouseholdSize" both give householdSize; the first with a value is read'],
      [9, { clientId: 'C1', householdSize: '4' }],
    ]);
    expect(recordOfJson({ clientId: 'C1', householdSize: '', HouseholdSize: '4' }, NO_COLUMN_MAP, 9)[0]).toMatchObject({ finding: { recordId: 'C1' } });
  });

  it('cannot reach a prototype: a __proto__ key is a column no field matches, and records have none', () => {
    const [item] = recordOfJson(JSON.parse('{"__proto__": {"householdSize": 4}, "clientId": "C1"}'), NO_COLUMN_MAP, 1);
    expect(item).toMatchObject({ kind: 'record' });
    const raw = (item as { raw: Record<string, unknown> }).raw;
    expect(Object.getPrototypeOf(raw)).toBeNull();
    expect(raw['householdSize']).toBeUndefined();
    expect({ ...raw }).toEqual({ clientId: 'C1' });
  });

  it('written back as NDJSON lines read as the values themselves, too deep ones included', () => {
    const deepObject = JSON.parse(`{"a":${'['.repeat(100)}${']'.repeat(100)}}`);
    const deepArray = JSON.parse(`${'['.repeat(100)}${']'.repeat(100)}`);
    for (const value of [{ clientId: 'C1', householdSize: 4 }, deepObject, deepArray, 'text', null]) {
      expect(shown(recordOfJson(JSON.parse(jsonLineOf(value)), NO_COLUMN_MAP, 1))).toEqual(shown(recordOfJson(value, NO_COLUMN_MAP, 1)));
    }
  });
});
