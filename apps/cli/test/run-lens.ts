import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const LENS = fileURLToPath(new URL('../bin/lens.js', import.meta.url));

export interface LensResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real `lens` command (bin/lens.js) with arguments, in a working folder. */
export function runLens(args: readonly string[], options: { cwd?: string; input?: string } = {}): Promise<LensResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [LENS, ...args], { cwd: options.cwd, env: { ...process.env, INIT_CWD: '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}
