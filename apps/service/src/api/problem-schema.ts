/** `application/problem+json` (RFC 9457) as the service answers every error. */
export const PROBLEM_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://social-lens.org/schemas/problem.json',
  title: 'Problem',
  type: 'object',
  required: ['type', 'title', 'status', 'detail'],
  properties: {
    type: { type: 'string', format: 'uri' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        required: ['path', 'message'],
        properties: {
          path: { type: 'string', description: 'JSON Pointer into the request body, `query.NAME` or `line N`' },
          message: { type: 'string' },
          code: { type: 'string' },
        },
      },
    },
  },
} as const;
