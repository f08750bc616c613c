import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { dependencies: Record<string, string> };

describe('what lens depends on', () => {
  it('runs on packages only: no other app (lens admin opens the registry through @social-lens/registry)', () => {
    expect(Object.keys(manifest.dependencies).filter((name) => name === '@social-lens/service')).toEqual([]);
    expect(manifest.dependencies['@social-lens/registry']).toBe('workspace:*');
  });
});
