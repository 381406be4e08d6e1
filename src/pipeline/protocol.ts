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

/** What a worker posts: the replies to one or more tasks, in the order it ran them. */
export type WorkerMessage = WorkerReply[];

/**
 * Every sentence's text is a slice of the document text, so it need not cross the thread boundary
 * twice: structured clone copies strings, and this halves what is copied for a typical article.
 * `unpackAnalysis` restores it from the offsets (`text === doc.text.slice(start, end)`).
 */
export function packAnalysis(a: DocumentAnalysis): DocumentAnalysis {
  // A sentence that breaks the invariant keeps its text, so packing can never change a result.
  return { ...a, sentences: a.sentences.map((s) => (s.text === a.text.slice(s.start, s.end) ? { ...s, text: "" } : s)) };
}

export function unpackAnalysis(a: DocumentAnalysis): DocumentAnalysis {
  for (const s of a.sentences) if (s.text === "") s.text = a.text.slice(s.start, s.end);
  return a;
}
