import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Finding } from '@social-lens/rules';

/** The findings of a check spooled as NDJSON (one a line), read back in the order they were written. */
export async function* readSpooledFindings(path: string): AsyncGenerator<Finding> {
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) if (line !== '') yield JSON.parse(line) as Finding;
}
