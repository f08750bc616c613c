import { IMPORT_PROFILE_SCHEMA } from '../../src/records-input/index.ts';
import { CLIENT_RECORD_SCHEMA, RULE_SET_SCHEMA } from '../../src/schemas.ts';
import { renderSchemaReference } from './schema-reference.ts';

/**
 * The pages of `docs/` that are generated from the JSON Schemas, by path from the repository
 * root. `pnpm docs:generate` writes them; a test fails when the committed pages differ.
 */
export function referencePages(): Map<string, string> {
  return new Map([
    [
      'docs/canonical-fields.md',
      renderSchemaReference(CLIENT_RECORD_SCHEMA, {
        title: 'Canonical fields of a client record',
        source: 'packages/rules/schemas/client-record.schema.json',
        intro: `The fields \`lens check records\`, \`POST /v1/records/check\` and the widget read from a client export.
Columns are matched to these names trimmed and whatever their case; an export with other column
names is read through an [import profile](import-profile.md). A CSV cell arrives as text and is
read into the value below once; a value that cannot be read is itself a finding (\`values-readable\`).
Dates are \`YYYY-MM-DD\`, amounts are monthly, in local currency.`,
      }),
    ],
    [
      'docs/rule-set-format.md',
      renderSchemaReference(RULE_SET_SCHEMA, {
        title: 'Rule-set format',
        source: 'packages/rules/schemas/rule-set.schema.json',
        intro: `A rule set is one JSON document, validated against this schema before anything else reads it
(\`lens ruleset lint FILE\` says what does not fit, with its JSON path). Record rules work on one
[client record](canonical-fields.md) at a time; rules with \`"scope": "portfolio"\` work across a
whole export; objective, indicators and scorecard rule sets use the keys marked for them. A rule's
\`when\` is a json-rules-engine condition (\`all\`, \`any\`, \`not\`, \`fact\`, \`operator\`, \`value\`),
whose values may be \`{ "param": name }\`. The shipped rule sets under \`rules/\` are worked examples.`,
      }),
    ],
    [
      'docs/import-profile.md',
      renderSchemaReference(IMPORT_PROFILE_SCHEMA, {
        title: 'Import profile',
        source: 'IMPORT_PROFILE_SCHEMA in packages/rules/src/records-input/import-profile-schema.ts',
        intro: `How an export with its own column names, codes and number and date writing is read:
\`lens check records --map FILE\`, the service's \`map\` and the widget's \`profile\` take the same
document. A flat \`{ "Household members": "householdSize" }\` is read as its \`columns\`. Each key is
a [canonical field](canonical-fields.md). When \`numbers\` or \`dates\` is absent, each column is
decided from its first rows and the decision is reported.`,
      }),
    ],
  ]);
}
