// Runs the pure pipeline (pipeline/analyse.ts) on worker threads for large batches, so the
// CPU-bound stages use every core while the main thread reads files and writes the store.
// Results come back IN INPUT ORDER, so the writer's transactions, version numbers and story
// assignment are exactly those of a single-threaded run; in-flight work is bounded, so a
// 100,000-file batch holds only a window of inputs and analyses in memory.
import { Worker } from "node:worker_threads";
import { availableParallelism } from "node:os";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { InputError } from "../ingest/errors.ts";
import { analyseSerially, type Analyser, type AnalyserInput, type AnalyserResult } from "../ingest/batch.ts";
import { unpackAnalysis, type WorkerMessage, type WorkerReply, type WorkerTask } from "./protocol.ts";

/** Below this many inputs, spawning workers (~0.2 s each to load code and models) costs more than it saves. */
export const MIN_PARALLEL_INPUTS = 50;

export interface PoolOptions {
  /** Worker threads; default: one per core (os.availableParallelism()). */
  workers?: number;
  /** Inputs sent but not yet handed back, across all workers; default 32 per worker. */
  maxInFlight?: number;
  /** Worker script; default: dist/worker.js next to the bundle, or worker.ts (via tsx) from source. */
  workerUrl?: URL;
}

interface WorkerScript { url: URL; viaTsx: boolean }

/** Where the worker code lives, relative to wherever this module was loaded from. */
export function defaultWorkerScript(): WorkerScript {
  const here = import.meta.url;
  // Bundled into dist/cli.js: the worker bundle sits next to it. From source under tsx (tests,
  // bench): the .ts worker, which needs tsx registered inside the thread.
  return here.endsWith(".ts") ? { url: new URL("./worker.ts", here), viaTsx: true } : { url: new URL("./worker.js", here), viaTsx: false };
}

/** The bundled worker in dist/, when it was built (scripts/build.mjs); else null. */
export function builtWorkerUrl(): URL | null {
  const url = new URL("../../dist/worker.js", import.meta.url);
  return existsSync(fileURLToPath(url)) ? url : null;
}

/**
 * A larger young generation for the workers. Analysis allocates heavily (tokens, slices, match
 * arrays) and most of it dies with its document; V8's default semi-space (growing to 16 MB) made
 * the workers scavenge every few documents and copy each document's live objects again and again
 * (≈15% of worker time in the garbage collector). 32 MB semi-spaces halve the scavenges and
 * their cost, for at most ≈64 MB more per worker.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 96 };

function spawn(script: WorkerScript): Worker {
  const execArgv = withoutTsx(process.execArgv);
  const resourceLimits = WORKER_LIMITS;
  if (!script.viaTsx) return new Worker(script.url, { execArgv, resourceLimits });
  // On Node 20, `--import tsx` in a worker's execArgv does not apply to the worker's entry
  // module ("Unknown file extension .ts"); registering tsx's hooks first, then importing, does.
  const api = import.meta.resolve("tsx/esm/api");
  const code = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(script.url.href)}); });`;
  return new Worker(code, { eval: true, execArgv, resourceLimits });
}

// Workers inherit the parent's execArgv; drop the tsx loader so a bundled worker starts fast,
// but keep flags such as --cpu-prof that the caller asked for.
function withoutTsx(argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if ((argv[i] === "--import" || argv[i] === "--loader" || argv[i] === "--require") && /tsx/.test(argv[i + 1] ?? "")) { i++; continue; }
    if (/^--(import|loader|require)=.*tsx/.test(argv[i])) continue;
    out.push(argv[i]);
  }
  return out;
}

type Settled = { seq: number; result: AnalyserResult } | { seq: number; fatal: string };

/**
 * A fixed set of pipeline workers. One batch at a time: `analyse` is an Analyser
 * (see ingest/batch.ts) usable with ingestBatch; `close` terminates the threads.
 */
export class WorkerPool {
  readonly size: number;
  private readonly maxInFlight: number;
  private readonly workers: Worker[] = [];
  /** Tasks sent to each worker and not yet answered, for least-loaded dispatch. */
  private readonly load: number[] = [];
  private readonly settled = new Map<number, Settled>();
  /** Replies with a lower sequence number belong to an abandoned batch and are dropped. */
  private runStart = 0;
  private nextSeq = 0;
  private wake: (() => void) | null = null;
  private failure: Error | null = null;
  private busy = false;
  private closed = false;

  constructor(opts: PoolOptions = {}) {
    this.size = Math.max(1, opts.workers ?? availableParallelism());
    this.maxInFlight = Math.max(this.size, opts.maxInFlight ?? this.size * 32);
    const script = opts.workerUrl ? { url: opts.workerUrl, viaTsx: opts.workerUrl.pathname.endsWith(".ts") } : defaultWorkerScript();
    for (let i = 0; i < this.size; i++) {
      const w = spawn(script);
      w.on("message", (replies: WorkerMessage) => { for (const r of replies) this.receive(i, r); this.wakeUp(); });
      w.on("error", (err) => this.fail(new Error(`pipeline worker failed: ${err.message}`)));
      w.on("exit", (code) => { if (!this.closed) this.fail(new Error(`pipeline worker exited (code ${code})`)); });
      this.workers.push(w);
      this.load.push(0);
    }
  }

  /** An Analyser over this pool; results are yielded in input order. */
  readonly analyse: Analyser = (inputs) => this.run(inputs);

  /**
   * Milliseconds each worker's event loop has been busy since it started (analysing, cloning
   * replies). For measuring only (bench/run.ts): busy time below wall time means the worker
   * waited for work; on a loaded machine it also counts time the thread was runnable but not running.
   */
  busyMs(): number[] {
    return this.workers.map((w) => w.performance.eventLoopUtilization().active);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private async *run(inputs: Iterable<AnalyserInput> | AsyncIterable<AnalyserInput>): AsyncGenerator<AnalyserResult> {
    if (this.busy) throw new Error("WorkerPool runs one batch at a time");
    if (this.closed) throw new Error("WorkerPool is closed");
    this.busy = true;
    this.runStart = this.nextSeq;
    this.settled.clear();
    const it: Iterator<AnalyserInput> | AsyncIterator<AnalyserInput> =
      Symbol.asyncIterator in inputs ? inputs[Symbol.asyncIterator]() : inputs[Symbol.iterator]();
    let exhausted = false;
    let nextOut = this.runStart;
    try {
      for (;;) {
        // Top up the window. Counting from the oldest unyielded input (not from replies) is what
        // bounds memory: a slow document at the head holds back the window, not just one worker.
        while (!exhausted && this.nextSeq - nextOut < this.maxInFlight) {
          const step = await it.next();
          if (step.done) { exhausted = true; break; }
          this.submit(step.value);
        }
        if (exhausted && nextOut === this.nextSeq) return;
        const done = await this.settledAt(nextOut);
        this.settled.delete(nextOut);
        nextOut++;
        if ("fatal" in done) throw new Error(done.fatal);
        yield done.result;
      }
    } finally {
      // Abandoned early (consumer threw or broke): later replies of this batch will be ignored.
      this.runStart = this.nextSeq;
      this.settled.clear();
      this.busy = false;
      if (!exhausted) await it.return?.();
    }
  }

  private submit(input: AnalyserInput): void {
    const seq = this.nextSeq++;
    if (input instanceof InputError) {
      this.settled.set(seq, { seq, result: input });
      return;
    }
    let target = 0;
    for (let i = 1; i < this.size; i++) if (this.load[i] < this.load[target]) target = i;
    this.load[target]++;
    const bytes = transferable(input.bytes);
    const task: WorkerTask = { seq, source: input.source, bytes };
    this.workers[target].postMessage(task, [bytes.buffer as ArrayBuffer]);
  }

  private receive(worker: number, reply: WorkerReply): void {
    this.load[worker]--;
    if (reply.seq < this.runStart) return;
    if ("analysis" in reply) this.settled.set(reply.seq, { seq: reply.seq, result: unpackAnalysis(reply.analysis) });
    else if ("error" in reply) this.settled.set(reply.seq, { seq: reply.seq, result: new InputError(reply.error.source, reply.error.reason) });
    else this.settled.set(reply.seq, reply);
  }

  /** Once per worker message, not per reply: the consumer is resumed a single time per batch. */
  private wakeUp(): void {
    if (this.wake) { const w = this.wake; this.wake = null; w(); }
  }

  private fail(err: Error): void {
    this.failure ??= err;
    if (this.wake) { const w = this.wake; this.wake = null; w(); }
  }

  private async settledAt(seq: number): Promise<Settled> {
    for (;;) {
      const s = this.settled.get(seq);
      if (s) return s;
      if (this.failure) throw this.failure;
      await new Promise<void>((resolve) => { this.wake = resolve; });
    }
  }
}

/**
 * Bytes we may hand over to a worker. readFileSync and feed splitting can return views into a
 * shared pool or a larger buffer; transferring those would detach memory other code still uses,
 * so they are copied first (cheap next to analysis).
 */
function transferable(bytes: Uint8Array): Uint8Array {
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
  return whole ? bytes : new Uint8Array(bytes);
}

/** An Analyser that starts a pool for the batch and stops it when the batch ends. */
export function parallelAnalyser(opts: PoolOptions = {}): Analyser {
  return async function* (inputs) {
    const pool = new WorkerPool(opts);
    try {
      yield* pool.analyse(inputs);
    } finally {
      await pool.close();
    }
  };
}

/**
 * The analyser for a batch of `inputCount` inputs: workers when the batch is big enough and
 * there is more than one core, otherwise this thread. ATTACHE_WORKERS=0 forces serial,
 * ATTACHE_WORKERS=N forces N workers.
 */
export function analyserFor(inputCount: number, opts: PoolOptions = {}): Analyser {
  const env = process.env.ATTACHE_WORKERS;
  const forced = env !== undefined && env !== "" ? Number(env) : undefined;
  if (forced !== undefined && Number.isInteger(forced) && forced >= 0) {
    return forced === 0 ? analyseSerially : parallelAnalyser({ ...opts, workers: forced });
  }
  if (inputCount < MIN_PARALLEL_INPUTS || availableParallelism() < 2) return analyseSerially;
  return parallelAnalyser(opts);
}
