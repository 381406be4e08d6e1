// The pure part of the pipeline: one input's bytes in, everything learned from it out.
// clean → detect → segment → extract (entities, then figures and events, which read the entities).
// No I/O here, so the same function runs in the main thread and in worker threads.
import "./regexp-tier.ts";
import type { DocumentAnalysis } from "../model.ts";
import { toDecodedInput } from "../ingest/read.ts";
import { cleanDocument } from "../clean/index.ts";
import { detectLanguage } from "../detect/language.ts";
import { splitSentences } from "../segment/sentences.ts";
import { recognizeEntities } from "../extract/entities/index.ts";
import { extractFacts } from "../extract/figures/index.ts";
import { extractEvents } from "../extract/events/index.ts";
import { InputError } from "../ingest/errors.ts";
import { shortHash } from "../util/hash.ts";
import { bandTokens } from "../cluster/minhash.ts";
import { createHash } from "node:crypto";

export const STAGES = ["decode", "clean", "detect", "segment", "entities", "figures", "events", "bands"] as const;
export type Stage = (typeof STAGES)[number];

/** Content-addressed document id: the same bytes always get the same id. */
export function contentHash(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

export function documentId(hash: string): string {
  return `doc_${hash.slice(0, 16)}`;
}

/** Runs every pure stage on one input; throws InputError when the input cannot be used. */
export function analyseInput(source: string, bytes: Uint8Array): DocumentAnalysis {
  const timings: Record<string, number> = {};
  let t = performance.now();
  const lap = (stage: Stage) => {
    const now = performance.now();
    timings[stage] = (timings[stage] ?? 0) + (now - t);
    t = now;
  };

  const hash = contentHash(bytes);
  const decoded = toDecodedInput(source, bytes);
  lap("decode");
  const cleaned = cleanDocument(decoded);
  lap("clean");
  if (!cleaned.text.trim()) throw new InputError(source, "no article text after cleaning");
  const language = detectLanguage(cleaned.text);
  lap("detect");
  const sentences = splitSentences(cleaned.text, language);
  lap("segment");
  const base = {
    text: cleaned.text,
    language,
    sentences,
    published: cleaned.published,
    title: cleaned.title,
    datelinePlace: cleaned.datelinePlace,
    datelineDate: cleaned.datelineDate ?? null,
    datelineCountry: cleaned.datelineCountry ?? null,
  };
  const mentions = recognizeEntities(base);
  lap("entities");
  const ctx = { ...base, mentions };
  const facts = extractFacts(ctx);
  lap("figures");
  const events = extractEvents(ctx);
  lap("events");
  // Story assignment runs on the main thread, which every document queues for; its one costly
  // pure step (MinHash over the text) is done here instead.
  const bands = bandTokens(cleaned.text);
  lap("bands");

  return {
    id: documentId(hash),
    source,
    contentHash: hash,
    format: decoded.format,
    encoding: decoded.encoding,
    language,
    title: cleaned.title,
    url: cleaned.url,
    published: cleaned.published,
    text: cleaned.text,
    furniture: cleaned.furniture,
    sentences,
    mentions,
    facts,
    events,
    bands,
    timings,
  };
}

export { shortHash };
