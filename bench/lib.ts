// Measuring helpers shared by bench/run.ts and bench/scale.ts.
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import type { Db } from "../src/store/db.ts";
import { discoverInputs } from "../src/ingest/discover.ts";
import { analyseSerially, ingestBatch, type Analyser, type IngestReport } from "../src/ingest/batch.ts";
import { builtWorkerUrl, parallelAnalyser, WorkerPool } from "../src/pipeline/parallel.ts";

/** Samples resident memory, because maxRSS covers the whole process life (generation included). */
export class RssSampler {
  peak = 0;
  private timer: NodeJS.Timeout | null = null;

  start(everyMs = 50): this {
    this.peak = Math.max(this.peak, process.memoryUsage.rss());
    this.timer = setInterval(() => { this.peak = Math.max(this.peak, process.memoryUsage.rss()); }, everyMs);
    this.timer.unref();
    return this;
  }

  stop(): number {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.peak = Math.max(this.peak, process.memoryUsage.rss());
    return this.peak;
  }
}

export const mb = (bytes: number) => bytes / 1024 / 1024;

/** Process-lifetime peak RSS in bytes (includes worker threads: they share the process). */
export function processPeakRss(): number {
  return process.resourceUsage().maxRSS * 1024;
}

export interface IngestRun {
  docs: number;
  bytes: number;
  wallMs: number;
  peakRss: number;
  report: IngestReport;
  /** Share of the wall time the main thread's event loop was busy (writing, reconciling, receiving). */
  mainBusy: number;
  /** Same per worker (empty when serial): below 1, the worker waited for work. */
  workersBusy: number[];
}

/**
 * Ingests every file under `dir` into `db` through the real batch path (ingestBatch). `workerBusyMs`
 * (WorkerPool.busyMs) lets the run report how busy the workers were.
 */
export async function ingestFolder(db: Db, dir: string, bytes: number, analyser: Analyser, workerBusyMs: () => number[] = () => []): Promise<IngestRun> {
  const { inputs } = discoverInputs([dir]);
  const sampler = new RssSampler().start();
  const elu0 = performance.eventLoopUtilization();
  const busy0 = workerBusyMs();
  const t0 = performance.now();
  const report = await ingestBatch(db, inputs, {}, analyser);
  const wallMs = performance.now() - t0;
  const mainBusy = performance.eventLoopUtilization(elu0).active / wallMs;
  const workersBusy = workerBusyMs().map((ms, i) => (ms - busy0[i]) / wallMs);
  const peakRss = sampler.stop();
  return { docs: inputs.length, bytes, wallMs, peakRss, report, mainBusy, workersBusy };
}

export interface FloorRun { docs: number; bytes: number; sentences: number; ms: number }

/**
 * The floor: the least any pipeline must do with these files — read them, decode them
 * (TextDecoder) and split them into sentences (Intl.Segmenter). One thread.
 */
export function measureFloor(dirs: string[]): FloorRun {
  const { inputs } = discoverInputs(dirs);
  const decoder = new TextDecoder("utf-8");
  const segmenter = new Intl.Segmenter(undefined, { granularity: "sentence" });
  let bytes = 0;
  let sentences = 0;
  const t0 = performance.now();
  for (const ref of inputs) {
    const buf = readFileSync(ref.source);
    bytes += buf.length;
    const text = decoder.decode(buf);
    for (const _ of segmenter.segment(text)) sentences++;
  }
  return { docs: inputs.length, bytes, sentences, ms: performance.now() - t0 };
}

/** Sums per-stage timings of several reports. */
export function sumTimings(...reports: IngestReport[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of reports) for (const [k, v] of Object.entries(r.timings)) out[k] = (out[k] ?? 0) + v;
  return out;
}

/** `stage  1234 ms  45.6%` lines, largest first. */
export function formatStages(timings: Record<string, number>): string[] {
  const total = Object.values(timings).reduce((a, b) => a + b, 0) || 1;
  return Object.entries(timings)
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `    ${k.padEnd(10)} ${v.toFixed(0).padStart(8)} ms  ${((v / total) * 100).toFixed(1).padStart(5)}%`);
}

/** Minimal `--flag value` / `--flag` parsing; the bench has no dependency on the CLI's parser. */
export function parseArgs(argv: string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith("--")) continue;
    const [k, inline] = a.slice(2).split("=", 2);
    if (inline !== undefined) out.set(k, inline);
    else if (i + 1 < argv.length && !argv[i + 1].startsWith("--")) out.set(k, argv[++i]);
    else out.set(k, "true");
  }
  return out;
}

export const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

/** N workers on the bundled worker, a fresh pool per batch (bench/scale.ts); bench/run.ts uses benchPool. */
export function benchAnalyser(workers: number): Analyser {
  if (workers <= 0) return analyseSerially;
  return parallelAnalyser({ workers, workerUrl: builtWorkerUrl() ?? undefined });
}

/**
 * One analyser for every batch of a run, as the CLI has: N workers on the bundled worker, or this
 * thread for N = 0. A fresh pool per batch would pay the workers' start-up and regex warm-up again
 * for the HTML batch. `close` stops the threads.
 */
export function benchPool(workers: number): { analyse: Analyser; close: () => Promise<void>; busyMs: () => number[] } {
  if (workers <= 0) return { analyse: analyseSerially, close: async () => undefined, busyMs: () => [] };
  const pool = new WorkerPool({ workers, workerUrl: builtWorkerUrl() ?? undefined });
  return { analyse: pool.analyse, close: () => pool.close(), busyMs: () => pool.busyMs() };
}
