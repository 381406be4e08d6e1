// Ingests a batch of inputs: read (I/O) → analyse (pure, possibly in workers) → write (one
// transaction per chunk, one savepoint per document, so a bad document never leaves half of
// itself behind and never touches what was stored before).
import { readFileSync, statSync } from "node:fs";
import type { DocumentAnalysis } from "../model.ts";
import type { Db } from "../store/db.ts";
import { analyseInput } from "../pipeline/analyse.ts";
import { writeAnalysis, emptyTouched, WriteSession, type Touched } from "../store/write.ts";
import { placeInStory, StoryIndexCache } from "../cluster/stories.ts";
import { reconcile } from "../reconcile/index.ts";
import { InputError } from "./errors.ts";
import { describeFsError, type InputRef } from "./discover.ts";
import { looksLikeFeed, splitFeed } from "./feed.ts";

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export interface IngestOptions {
  maxBytes?: number;
  /** Called after each input, for progress reporting. */
  onProgress?: (done: number, total: number, source: string) => void;
  /** Documents per write transaction. */
  chunkSize?: number;
  /** Reads standard input when a source is `-`. */
  readStdin?: () => Uint8Array;
}

export interface IngestReport {
  added: { id: string; source: string; version: number }[];
  unchanged: { id: string; source: string }[];
  skipped: { source: string; reason: string }[];
  /** Milliseconds per pipeline stage, summed over the batch. */
  timings: Record<string, number>;
}

export interface RawInput { source: string; bytes: Uint8Array }

/** Reads one input's bytes, enforcing the size limit; feeds expand into one input per item. */
export function readRawInputs(ref: InputRef, opts: IngestOptions): RawInput[] {
  const max = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  let bytes: Uint8Array;
  if (ref.kind === "stdin") {
    bytes = (opts.readStdin ?? (() => readFileSync(0)))();
  } else {
    let size: number;
    try {
      size = statSync(ref.source).size;
    } catch (err) {
      throw new InputError(ref.source, describeFsError(err));
    }
    if (size > max) throw new InputError(ref.source, `file is ${formatBytes(size)}, over the ${formatBytes(max)} limit (--max-size)`);
    try {
      bytes = readFileSync(ref.source);
    } catch (err) {
      throw new InputError(ref.source, describeFsError(err));
    }
  }
  if (bytes.length > max) throw new InputError(ref.source, `input is ${formatBytes(bytes.length)}, over the ${formatBytes(max)} limit (--max-size)`);
  if (bytes.length === 0) throw new InputError(ref.source, "empty file");
  if (looksLikeFeed(bytes, ref.source)) {
    const items = splitFeed(bytes, ref.source);
    if (items.length === 0) throw new InputError(ref.source, "feed has no items");
    return items;
  }
  return [{ source: ref.source, bytes }];
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}

/**
 * What an analyser consumes: inputs, or read failures that pass straight through so every
 * outcome is reported in input order whichever analyser runs.
 */
export type AnalyserInput = RawInput | InputError;
export type AnalyserResult = DocumentAnalysis | InputError;

/** Analyses inputs one by one on this thread. Workers provide the same shape (pipeline/parallel.ts). */
export type Analyser = (inputs: Iterable<AnalyserInput> | AsyncIterable<AnalyserInput>) => Iterable<AnalyserResult> | AsyncIterable<AnalyserResult>;

/** Reads inputs lazily, so a 100,000-file batch never holds more than a few files in memory. */
export function* readInputsLazily(refs: Iterable<InputRef>, opts: IngestOptions): Generator<AnalyserInput> {
  for (const ref of refs) {
    try {
      yield* readRawInputs(ref, opts);
    } catch (err) {
      if (err instanceof InputError) yield err;
      else throw err;
    }
  }
}

export const analyseSerially: Analyser = async function* (inputs) {
  for await (const input of inputs) {
    if (input instanceof InputError) { yield input; continue; }
    try {
      yield analyseInput(input.source, input.bytes);
    } catch (err) {
      if (err instanceof InputError) yield err;
      else yield new InputError(input.source, `could not be analysed: ${(err as Error).message}`);
    }
  }
};

/**
 * Stores analyses in chunked transactions and then clusters and reconciles what they touched.
 *
 * Two ways to feed it, with the same result: `add` buffers a chunk and writes it in one go (for
 * callers that have every analysis at hand), `write` stores each analysis at once inside the open
 * chunk transaction (for ingestBatch, which interleaves writing with the workers' analysis: a
 * buffered 500-document write blocked the main thread for a second or more while the workers,
 * whose look-ahead is bounded, ran dry). Either way: one transaction per chunk, one savepoint per
 * document, the same order. A `write` caller must end with `finish` or `abort`.
 */
export class BatchWriter {
  private readonly touched: Touched = emptyTouched();
  private pending: DocumentAnalysis[] = [];
  /** Lookups shared by the batch's documents; replaced whenever a rollback could make it stale. */
  private session = new WriteSession();
  /** Postings read in the current chunk transaction; dropped with it (another writer may follow it). */
  private stories = new StoryIndexCache();
  /** Documents written by `write` in the chunk transaction still open (-1: none is open). */
  private streamed = -1;
  readonly report: IngestReport = { added: [], unchanged: [], skipped: [], timings: {} };

  // Commits cost a WAL sync each; a savepoint per document keeps failures contained anyway.
  constructor(private readonly db: Db, private readonly chunkSize = 500) {
    // A page cache big enough for the indexes a batch keeps probing, and sort/temp work in memory.
    db.pragma("cache_size = -65536");
    db.pragma("temp_store = MEMORY");
  }

  add(a: DocumentAnalysis): void {
    this.addTimings(a);
    this.pending.push(a);
    if (this.pending.length >= this.chunkSize) this.flush();
  }

  /** Stores `a` now, in the chunk transaction (begun here when none is open). */
  write(a: DocumentAnalysis): void {
    if (this.pending.length) this.flush();
    this.addTimings(a);
    if (this.streamed < 0) {
      this.db.exec("BEGIN");
      this.streamed = 0;
      this.stories = new StoryIndexCache();
    }
    const t0 = performance.now();
    const storyMs = this.storeOne(a);
    this.addStoreTimings(performance.now() - t0, storyMs);
    if (++this.streamed >= this.chunkSize) this.commitStreamed();
  }

  /** Rolls back the chunk `write` left open (the batch stops early); committed chunks stay. */
  abort(): void {
    this.pending = [];
    if (this.streamed < 0) return;
    this.streamed = -1;
    this.session = new WriteSession();
    if (this.db.inTransaction) this.db.exec("ROLLBACK");
  }

  skip(source: string, reason: string): void {
    this.report.skipped.push({ source, reason });
  }

  flush(): void {
    this.commitStreamed();
    if (this.pending.length === 0) return;
    const chunk = this.pending;
    this.pending = [];
    const t0 = performance.now();
    let storyMs = 0;
    this.stories = new StoryIndexCache();
    const chunkTx = this.db.transaction(() => {
      for (const a of chunk) storyMs += this.storeOne(a);
    });
    try {
      chunkTx();
    } catch (err) {
      this.session = new WriteSession();
      throw err;
    }
    this.addStoreTimings(performance.now() - t0, storyMs);
  }

  /** Writes what is pending, then reconciles everything the batch touched. */
  finish(): IngestReport {
    this.flush();
    const t0 = performance.now();
    this.db.transaction(() => reconcile(this.db, this.touched))();
    this.report.timings.reconcile = (this.report.timings.reconcile ?? 0) + (performance.now() - t0);
    return this.report;
  }

  private addTimings(a: DocumentAnalysis): void {
    for (const [k, v] of Object.entries(a.timings ?? {})) this.report.timings[k] = (this.report.timings[k] ?? 0) + v;
  }

  // `stories` is reported apart from `store` because its cost grows with the store (bench/scale.ts).
  private addStoreTimings(totalMs: number, storyMs: number): void {
    this.report.timings.stories = (this.report.timings.stories ?? 0) + storyMs;
    this.report.timings.store = (this.report.timings.store ?? 0) + (totalMs - storyMs);
  }

  /** One document in its own savepoint, inside the chunk transaction; returns the ms spent placing it in a story. */
  private storeOne(a: DocumentAnalysis): number {
    let storyMs = 0;
    // A savepoint per document: if one fails, only it is rolled back.
    const sp = this.db.transaction(() => {
      const outcome = writeAnalysis(this.db, a, this.touched, this.session, (doc) => {
        const ts = performance.now();
        const story = placeInStory(this.db, doc, this.stories);
        storyMs += performance.now() - ts;
        return story;
      });
      if (outcome.status === "added") {
        this.report.added.push({ id: outcome.id, source: a.source, version: outcome.version });
      } else {
        this.report.unchanged.push({ id: outcome.id, source: a.source });
      }
    });
    try {
      sp();
    } catch (err) {
      this.session = new WriteSession();
      this.stories = new StoryIndexCache();
      this.report.skipped.push({ source: a.source, reason: `could not be stored: ${(err as Error).message}` });
    }
    return storyMs;
  }

  private commitStreamed(): void {
    if (this.streamed < 0) return;
    this.streamed = -1;
    const t0 = performance.now();
    try {
      this.db.exec("COMMIT");
    } catch (err) {
      this.session = new WriteSession();
      if (this.db.inTransaction) this.db.exec("ROLLBACK");
      throw err;
    }
    // Counted in `store`, as the buffered path's commit is.
    this.addStoreTimings(performance.now() - t0, 0);
  }
}

/** The whole batch on one thread: read, analyse, write. */
export async function ingestBatch(db: Db, refs: InputRef[], opts: IngestOptions = {}, analyser: Analyser = analyseSerially): Promise<IngestReport> {
  const writer = new BatchWriter(db, opts.chunkSize);
  // Total is the number of refs: feeds expand lazily, so the true count is unknown up front.
  let done = 0;
  try {
    // Each analysis is written as it arrives, so the workers keep analysing while the chunk is
    // written (BatchWriter.write); a batch that stops early rolls back its open chunk.
    for await (const result of analyser(readInputsLazily(refs, opts))) {
      if (result instanceof InputError) writer.skip(result.source, result.reason);
      else writer.write(result);
      done++;
      opts.onProgress?.(done, Math.max(done, refs.length), result.source);
    }
    return writer.finish();
  } catch (err) {
    writer.abort();
    throw err;
  }
}
