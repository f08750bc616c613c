import cliProgress from 'cli-progress';

export interface Progress {
  update(bytesRead: number, records: number): void;
  stop(): void;
}

/** A progress bar on stderr when it is a terminal; silent otherwise (pipes, CI, tests). */
export function createProgress(totalBytes: number): Progress {
  if (!process.stderr.isTTY) return { update() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: 'checking [{bar}] {percentage}% | {records} records | {eta_formatted} left', etaBuffer: 50, fps: 5 },
    cliProgress.Presets.shades_classic,
  );
  bar.start(totalBytes, 0, { records: 0 });
  return {
    update(bytesRead, records) {
      bar.update(bytesRead, { records });
    },
    stop() {
      bar.stop();
    },
  };
}
