import cliProgress from 'cli-progress';

export interface Progress {
  update(bytesRead: number, records: number): void;
  stop(): void;
}

/** A progress bar on stderr when it is a terminal; silent otherwise (pipes, CI, tests). */
export function createProgress(totalBytes: number): Progress {
  if (!process.stderr.isTTY) return { update() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: 'checking [{bar}] {percentage}% | {records} records | {rate} records/s | {eta_formatted} left', etaBuffer: 50, fps: 5 },
    cliProgress.Presets.shades_classic,
  );
  const started = performance.now();
  bar.start(totalBytes, 0, { records: 0, rate: 0 });
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
