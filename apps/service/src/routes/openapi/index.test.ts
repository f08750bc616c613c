import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestService, type TestService } from '../../testing/index.ts';

let service: TestService;

beforeAll(async () => {
  service = await createTestService();
});
afterAll(() => service.close());

describe('GET /openapi.json', () => {
  it('is OpenAPI 3.1 whose component schemas are valid JSON Schema 2020-12', async () => {
    const response = await service.app.request('/openapi.json');
    expect(response.status).toBe(200);
    const document = (await response.json()) as { openapi: string; paths: Record<string, unknown>; components: { schemas: Record<string, object> } };
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/health', '/v1/records/check', '/v1/objectives/check', '/v1/rulesets/{publisher}/{name}/{version}']),
    );
    // References resolve against the document: compile each component as a part of it.
    const ajv = new Ajv2020({ strict: false, validateFormats: false, logger: false });
    ajv.addSchema({ $id: 'openapi', components: document.components });
    for (const name of Object.keys(document.components.schemas)) {
      expect(() => ajv.compile({ $ref: `openapi#/components/schemas/${name}` }), name).not.toThrow();
    }
    expect(document.components.schemas).toHaveProperty(['RuleSet.condition']);
  });
});
