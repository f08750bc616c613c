/** Text per language: rule messages and titles, scorecard questions, answers and lines. */
export const LOCALIZED_TEXT_SCHEMA = {
  type: 'object',
  description: 'Text per language (BCP 47 primary tag: en, ru, bs, hr, sr…). English is required.',
  required: ['en'],
  properties: { en: { type: 'string', minLength: 1, maxLength: 2000 } },
  propertyNames: { pattern: '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$' },
  additionalProperties: { type: 'string', minLength: 1, maxLength: 2000 },
  maxProperties: 20,
} as const;
