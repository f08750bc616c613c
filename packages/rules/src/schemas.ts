import { FINDING_SCHEMA } from './findings/finding-schema.ts';
import { PROGRESS_REPORT_SCHEMA } from './indicators/progress-report-schema.ts';
import { CLIENT_RECORD_SCHEMA } from './records/client-record-schema.ts';
import { RULE_SET_SCHEMA } from './ruleset/rule-set-schema.ts';
import { SCENARIO_SCHEMA } from './testing/scenario-schema.ts';

/**
 * Every JSON Schema of the package by file name: the service builds its OpenAPI document from
 * them and `schemas/*.schema.json` are written from them (`pnpm --filter @social-lens/rules write-schemas`).
 */
export const SCHEMAS = {
  'rule-set.schema.json': RULE_SET_SCHEMA,
  'rule-set-tests.schema.json': SCENARIO_SCHEMA,
  'client-record.schema.json': CLIENT_RECORD_SCHEMA,
  'finding.schema.json': FINDING_SCHEMA,
  'progress-report.schema.json': PROGRESS_REPORT_SCHEMA,
} as const;

export type { SchemaProblem } from './schema-validation/schema-problems.ts';
export { createSchemaValidator, type SchemaValidator } from './schema-validation/schema-validator.ts';
export { CLIENT_RECORD_SCHEMA, FINDING_SCHEMA, RULE_SET_SCHEMA, SCENARIO_SCHEMA };
