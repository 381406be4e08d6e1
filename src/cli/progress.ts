// A progress bar on a terminal, for batches that take more than a moment; nothing otherwise.
import cliProgress from "cli-progress";

export interface Progress { update(done: number): void; stop(): void }

export function createProgress(total: number): Progress | null {
  if (!process.stderr.isTTY || total < 20) return null;
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: "ingest [{bar}] {value}/{total} {percentage}% eta {eta_formatted}", hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0);
  return { update: (done) => bar.update(done), stop: () => bar.stop() };
}
