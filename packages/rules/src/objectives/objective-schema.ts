import type { FromSchema } from 'json-schema-to-ts';

const optionalText = (description: string) => ({ type: ['string', 'null'], maxLength: 500, description }) as const;
const optionalFigure = (description: string) => ({ type: ['number', 'string', 'null'], maxLength: 100, description }) as const;

/**
 * JSON Schema of an objective to check: free text plus the optional structured fields of
 * DESIGN.md, each counted as evidence next to the text.
 */
export const OBJECTIVE_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://social-lens.org/schemas/objective.json',
  title: 'Objective',
  type: 'object',
  required: ['text'],
  additionalProperties: false,
  properties: {
    id: { type: 'string', maxLength: 200, description: 'Identifier of the objective in the workbook' },
    text: { type: 'string', maxLength: 100_000, description: 'The objective as written' },
    indicator: optionalText('What is measured, e.g. "share of women among new clients"'),
    baseline: optionalFigure('The value now, e.g. 45 or "45%"'),
    target: optionalFigure('The value to reach, e.g. 60 or "60%"'),
    deadline: optionalText('When, YYYY-MM-DD'),
    baselineDate: optionalText('When the baseline was measured, YYYY-MM-DD (progress: where the target path starts)'),
    targetGroup: optionalText('Whom it is about, e.g. "women", "rural clients"'),
    area: { enum: ['outreach', 'services', 'clientChange', null], description: 'The social performance area it serves' },
    goal: optionalText('The social goal it breaks down'),
  },
} as const;

export type Objective = FromSchema<typeof OBJECTIVE_SCHEMA>;
