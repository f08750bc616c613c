import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestService, type TestService } from '../../testing/index.ts';

const SERVICE_DIRECTORY = fileURLToPath(new URL('../../..', import.meta.url));
const REDOCLY = join(SERVICE_DIRECTORY, 'node_modules', '.bin', 'redocly');
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => void;

type Operation = { requestBody?: { content: Record<string, { schema: object; examples?: Record<string, { value: unknown }> }> } };
type Document = { paths: Record<string, Record<string, Operation>>; components: object };

let service: TestService;
let document: Document;

beforeAll(async () => {
  service = await createTestService();
  document = (await (await service.app.request('/openapi.json')).json()) as Document;
});
afterAll(() => service.close());

describe('/openapi.json', () => {
  it('passes redocly lint (recommended rules, redocly.yaml) with no error and no warning', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'lens-openapi-'));
    try {
      const file = join(folder, 'openapi.json');
      await writeFile(file, JSON.stringify(document));
      const run = await promisify(execFile)(REDOCLY, ['lint', file, '--config', join(SERVICE_DIRECTORY, 'redocly.yaml'), '--format', 'stylish'], {
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
      }).catch((error: { stdout: string; stderr: string }) => ({ stdout: error.stdout, stderr: `${error.stderr}\nexit non-zero` }));
      const output = `${run.stdout}\n${run.stderr}`;
      expect(output).not.toContain('exit non-zero');
      expect(output).toContain('Your API description is valid');
      expect(output).not.toMatch(/You have \d+ warning/);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }, 60_000);

  it('has a worked example for every request body, valid against its schema', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addSchema({ $id: 'openapi', components: document.components });
    let examples = 0;
    for (const [path, methods] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        for (const [mediaType, media] of Object.entries(operation.requestBody?.content ?? {})) {
          if (mediaType === 'application/x-ndjson') continue; // one record a line: the JSON example's records
          expect(media.examples, `${method} ${path} ${mediaType}`).toBeDefined();
          const validate = ajv.compile(JSON.parse(JSON.stringify(media.schema).replaceAll('"#/components/', '"openapi#/components/')));
          for (const [name, example] of Object.entries(media.examples ?? {})) {
            expect(validate(example.value), `${method} ${path} ${mediaType} ${name}: ${ajv.errorsText(validate.errors)}`).toBe(true);
            examples += 1;
          }
        }
      }
    }
    expect(examples).toBeGreaterThanOrEqual(7);
  });
});
