import cliProgress from 'cli-progress';

export interface Progress {
  update(bytesRead: number, records: number): void;
  stop(): void;
}

/**
 * A progress bar on stderr when it is a terminal, over the bytes of the file read so far, with
 * records, records per second and the time left; silent otherwise (pipes, files, CI, tests).
 *
 * @example
 * const progress = createProgress(statSync(file).size, 'checking') // checking [████░░░░] 40% | 120000 records | 41000 records/s | 4s left
 */
export function createProgress(totalBytes: number, label: string): Progress {
  if (!process.stderr.isTTY) return { update() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: '{label} [{bar}] {percentage}% | {records} records | {rate} records/s | {eta_formatted} left', etaBuffer: 50, fps: 5 },
    cliProgress.Presets.shades_classic,
  );
  const started = performance.now();
  bar.start(totalBytes, 0, { label, records: 0, rate: 0 });
  return {
    update(bytesRead, records) {
      const seconds = (performance.now() - started) / 1000;
      bar.update(bytesRead, { records, rate: seconds > 0 ? Math.round(records / seconds) : 0 });
    },
    stop() {
      bar.stop();
    },
  };
}
