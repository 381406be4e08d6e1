// Worker-thread entry (bundled to dist/worker.js by scripts/build.mjs): runs the pure pipeline on
// inputs posted by pipeline/parallel.ts and posts each DocumentAnalysis (or the reason it failed)
// back, tagged with the sequence number the pool uses to restore input order.
import { parentPort } from "node:worker_threads";
import { analyseInput } from "./analyse.ts";
import { initLanguageDetection } from "../detect/language.ts";
import { InputError } from "../ingest/errors.ts";
import { packAnalysis, type WorkerReply, type WorkerTask } from "./protocol.ts";

if (!parentPort) throw new Error("pipeline/worker.ts must run in a worker thread");
const port = parentPort;

// Tasks can arrive before the detector's model has loaded; they wait on this promise, in order.
const ready = initLanguageDetection();

port.on("message", (task: WorkerTask) => {
  ready.then(() => port.postMessage(run(task)), (err: unknown) => {
    port.postMessage({ seq: task.seq, fatal: `language detection failed to load: ${(err as Error).message}` } satisfies WorkerReply);
  });
});

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
