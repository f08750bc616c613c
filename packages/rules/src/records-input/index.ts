/**
 * Reading client exports, one way for the CLI, the service and the widget: bytes → text
 * (encoding chosen or declared), text → rows (RFC 4180 CSV with the delimiter detected, NDJSON,
 * JSON arrays), header → canonical fields (trimmed, case-insensitive, through a column map),
 * rows that cannot be read → `lens/input` findings, and the options of a check (parameters, the
 * default rule sets). Isomorphic: no Node-only imports.
 */
export { addFieldValue, createRawRecord, type RawRecord } from './add-field-value.ts';
export { applyConventions, hasNoConventions } from './apply-conventions.ts';
export { assertAnswerColumns } from './assert-answer-columns.ts';
export { chooseEncoding, decodeRecordsText, ENCODING_SAMPLE_BYTES, type EncodingChoice } from './choose-encoding.ts';
export { type ColumnMap, type ColumnMapProblem, canonicalFieldOf, createColumnMap, NO_COLUMN_MAP, readColumnMap } from './column-map.ts';
export { CONVENTION_DECISION_SCHEMA, type ConventionDecision } from './convention-decision-schema.ts';
export { type CsvParseOptions, type CsvParseResult, type CsvRowHandler, parseCsvText } from './csv-text-parser.ts';
export { isoDateOf } from './date-writing.ts';
export { CONVENTION_SAMPLE_CHARS, decideCsvConventions } from './decide-csv-conventions.ts';
export { declaredRecordFields } from './declared-record-fields.ts';
export { DEFAULT_RECORD_RULE_SETS } from './default-rule-sets.ts';
export { CONVENTION_SAMPLE_ROWS, DATE_FIELDS, type DetectConventionsOptions, detectConventions, NUMBER_FIELDS } from './detect-conventions.ts';
export { detectDelimiter } from './detect-delimiter.ts';
export { forEachRecordOfText, jsonLineOf, type RecordsInputItem, type RecordsLayout, recordOfJson } from './for-each-record.ts';
export { forEachRecordCellsOfText, type RecordCellsItem } from './for-each-record-cells.ts';
export { DATE_WRITINGS, type DateWriting, IMPORT_PROFILE_SCHEMA, type ImportProfileDocument, type NumberWriting } from './import-profile-schema.ts';
export { DISTINCT_COLUMNS_RULE_ID, INPUT_RULE_SET, READABLE_ROW_RULE_ID, VALUE_CODE_RULE_ID } from './input-findings.ts';
export { INPUT_LOCALES, type InputLocale, type LocaleDefaults, localeDefaults } from './input-locale.ts';
export { canonicalNumberText, defaultGroups, type NumberConvention } from './number-writing.ts';
export { parseParameterAssignments } from './parameter-assignments.ts';
export { type CsvHeader, type CsvLayout, type ReadCsvHeaderOptions, readCsvHeader } from './read-csv-header.ts';
export { type FieldCodes, type ImportProfile, NO_IMPORT_PROFILE, readImportProfile, type ValueCodes } from './read-import-profile.ts';
export { parseJsonRecordsText } from './read-json-records.ts';
export { type ReadRecordsTextOptions, type RecordsText, readRecordsText } from './read-records-text.ts';
export { describeDecisions, type RecordConventions } from './record-conventions.ts';
export { recordIdOf } from './record-id.ts';
export {
  type CellsHeader,
  type CellsLayout,
  decideCellsConventions,
  forEachCellLine,
  forEachRecordOfCellLines,
  readCellsHeader,
  recordOfCells,
} from './records-of-cells.ts';
export { type SpreadParametersOptions, spreadParameters } from './spread-parameters.ts';
