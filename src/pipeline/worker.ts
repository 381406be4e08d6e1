// Worker-thread entry (bundled to dist/worker.js by scripts/build.mjs): runs the pure pipeline on
// inputs posted by pipeline/parallel.ts and posts each DocumentAnalysis (or the reason it failed)
// back, tagged with the sequence number the pool uses to restore input order.
import { parentPort } from "node:worker_threads";
import { analyseInput } from "./analyse.ts";
import { initLanguageDetection } from "../detect/language.ts";
import { InputError } from "../ingest/errors.ts";
import { packAnalysis, type WorkerMessage, type WorkerReply, type WorkerTask } from "./protocol.ts";

if (!parentPort) throw new Error("pipeline/worker.ts must run in a worker thread");
const port = parentPort;

// Tasks can arrive before the detector's model has loaded; they wait on this promise, in order.
const ready = initLanguageDetection();

/**
 * Replies are batched: one postMessage per document cost a structured-clone round and an event
 * on the main thread each, and the main thread is the serial part of the ingest. Tasks that are
 * already queued are analysed together and answered in one message; the batch is cut by count
 * and by time so the document the main thread waits for (the oldest) is never held back long.
 */
const MAX_BATCH = 16;
const MAX_BATCH_MS = 25;
const queue: WorkerTask[] = [];
let scheduled = false;
let broken: string | null = null;

port.on("message", (task: WorkerTask) => {
  queue.push(task);
  schedule();
});

ready.catch((err: unknown) => { broken = `language detection failed to load: ${(err as Error).message}`; });

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  // setImmediate runs after the port has delivered every message already waiting, so a batch
  // sees all queued tasks; `ready` keeps tasks in order until the model has loaded.
  ready.finally(() => setImmediate(drain)).catch(() => undefined);
}

function drain(): void {
  scheduled = false;
  const replies: WorkerReply[] = [];
  const t0 = performance.now();
  while (queue.length && replies.length < MAX_BATCH && performance.now() - t0 < MAX_BATCH_MS) {
    const task = queue.shift()!;
    replies.push(broken !== null ? { seq: task.seq, fatal: broken } : run(task));
  }
  if (replies.length) port.postMessage(replies satisfies WorkerMessage);
  if (queue.length) schedule();
}

function run(task: WorkerTask): WorkerReply {
  // The serial path hands stages the Buffer that readFileSync returned; structured clone delivers
  // a plain Uint8Array, so rewrap it (no copy) in case a stage relies on Buffer methods.
  const bytes = Buffer.from(task.bytes.buffer, task.bytes.byteOffset, task.bytes.byteLength);
  try {
    return { seq: task.seq, analysis: packAnalysis(analyseInput(task.source, bytes)) };
  } catch (err) {
    // Mirrors analyseSerially in ingest/batch.ts so both paths report the same reasons.
    if (err instanceof InputError) return { seq: task.seq, error: { source: err.source, reason: err.reason } };
    return { seq: task.seq, error: { source: task.source, reason: `could not be analysed: ${(err as Error).message}` } };
  }
}
