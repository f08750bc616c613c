import { describe, expect, it } from 'vitest';
import { RecordsInputError } from '../errors.ts';
import { createRuleSetCatalog } from '../ruleset/catalog.ts';
import { resolveRuleSet } from '../ruleset/resolve-rule-set.ts';
import { sampleScorecard } from '../scorecard/test-scorecards.ts';
import { assertAnswerColumns } from './assert-answer-columns.ts';
import { createColumnMap, NO_COLUMN_MAP, readColumnMap } from './column-map.ts';
import { declaredRecordFields } from './declared-record-fields.ts';
import { readRecordsText } from './read-records-text.ts';

const scorecard = resolveRuleSet(createRuleSetCatalog([sampleScorecard()]), 'xx/sample');
const declared = declaredRecordFields([scorecard]);

describe('answer columns of a scorecard', () => {
  it('are the fields a scorecard declares: its questions and its stored score', () => {
    expect(declared).toEqual(['scHouseholdSize', 'scWater', 'scFridge', 'scScore']);
  });

  it('pass through the records input, by their own name or through the column map, only when declared', () => {
    const csv = 'clientId, SCWATER ,Fridges,scHouseholdSize,other\nC1,yes,one,2-3,x\n';
    const map = readColumnMap({ Fridges: 'scFridge' }, { declaredFields: declared });
    expect(readRecordsText(csv, { format: 'csv', map }).items).toEqual([
      { kind: 'record', raw: { clientId: 'C1', scWater: 'yes', scFridge: 'one', scHouseholdSize: '2-3' }, line: 2 },
    ]);
    expect(readRecordsText('{"clientId":"C1","scWater":"no","other":1}\n', { format: 'ndjson', map }).items).toEqual([
      { kind: 'record', raw: { clientId: 'C1', scWater: 'no' }, line: 1 },
    ]);
    const plain = readRecordsText(csv, { format: 'csv', map: NO_COLUMN_MAP }).items;
    expect(plain).toEqual([{ kind: 'record', raw: { clientId: 'C1' }, line: 2 }]);
    expect(createColumnMap([['Fridges', 'scFridge']]).problems[0]?.message).toMatch(/^"scFridge" is not a client-record field; expected one of clientId, /);
  });

  it('refuse an export without any answer column, listing the fields expected and the nearest columns', () => {
    const attempt = () =>
      assertAnswerColumns(['clientId', 'SC_Water', 'sc-fridges', 'householdSize'], createColumnMap([], '', declared).map, [scorecard], {
        source: 'clients.csv',
      });
    expect(attempt).toThrow(RecordsInputError);
    expect(attempt).toThrow(
      'clients.csv: line 1: no column holds an answer of xx/sample@1.0.0: expected one or more of scHouseholdSize, scWater, scFridge; columns that look like them: scWater (nearest: "SC_Water"); scFridge (nearest: "sc-fridges"); columns found: "clientId", "SC_Water", "sc-fridges", "householdSize". Name the answer columns with a column map, e.g. {"your column": "scHouseholdSize"}',
    );
    expect(() => assertAnswerColumns(['clientId', 'scwater'], createColumnMap([], '', declared).map, [scorecard])).not.toThrow();
  });
});
