// Messages between pipeline/parallel.ts (the pool, main thread) and pipeline/worker.ts.
import type { DocumentAnalysis } from "../model.ts";

export interface WorkerTask {
  seq: number;
  source: string;
  /** Transferred, not copied: the main thread gives it up when posting. */
  bytes: Uint8Array;
}

export type WorkerReply =
  | { seq: number; analysis: DocumentAnalysis }
  /** The input is unusable; the batch skips it, as the serial path would. */
  | { seq: number; error: { source: string; reason: string } }
  /** The worker itself is broken (its model did not load): the whole batch must stop. */
  | { seq: number; fatal: string };
