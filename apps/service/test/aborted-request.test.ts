import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningService, startService } from '../src/start-service.ts';

let folder: string;
let service: RunningService;
const logs: string[] = [];

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'lens-aborted-'));
  service = await startService(
    { PORT: '0', HOST: '127.0.0.1', DATA_DIR: join(folder, 'data'), RATE_LIMIT_PER_ADDRESS: '0', SEED_RULE_SETS: '0' },
    { log: (line) => logs.push(line) },
  );
});
afterAll(async () => {
  await service.close();
  rmSync(folder, { recursive: true, force: true });
});

/** Sends the headers and part of a body of `declared` bytes, then closes the connection. */
function sendHalfABody(path: string, declared: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = connect(service.port, '127.0.0.1', () => {
      socket.write(`POST ${path} HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: text/csv\r\ncontent-length: ${declared}\r\n\r\n`);
      socket.write('clientId,householdSize\nC1,3\n');
      setTimeout(() => socket.destroy(), 100);
    });
    socket.on('close', () => resolve());
    socket.on('error', reject);
  });
}

async function logLineOf(predicate: (line: string) => boolean): Promise<string> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const line = logs.find(predicate);
    if (line) return line;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no such log line in:\n${logs.join('\n')}`);
}

describe('a client that disconnects in the middle of its body', () => {
  it('is logged as an aborted request (499), with no error and no stack', async () => {
    await sendHalfABody('/v1/records/check', 100_000);
    const line = await logLineOf((each) => each.includes('"route":"/v1/records/check"'));
    expect(JSON.parse(line)).toMatchObject({ method: 'POST', route: '/v1/records/check', status: 499, aborted: 1 });
    expect(logs.filter((each) => each.includes('"level":"error"') || each.includes('stack'))).toEqual([]);
    expect((await fetch(`http://127.0.0.1:${service.port}/health`)).status).toBe(200);
  });
});
