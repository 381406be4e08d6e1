// Helpers for recognition tests: run the recogniser on one sentence and read its mentions.
import assert from "node:assert/strict";
import { recognizeEntities } from "../../../src/extract/entities/index.ts";
import { personKey } from "../../../src/resolve/names.ts";
import type { Mention } from "../../../src/model.ts";

/** Recognises entities in `text` taken as one sentence; every mention must quote the text exactly. */
export function run(text: string, language: string): Mention[] {
  const ms = recognizeEntities({ text, language, sentences: [{ index: 0, start: 0, end: text.length, text }], published: null, title: null, datelinePlace: null });
  for (const m of ms) assert.equal(text.slice(m.start, m.end), m.surface);
  return ms;
}
export const person = (name: string) => `person:${personKey(name)}`;
export const refs = (ms: Mention[], type: string) => new Set(ms.filter((m) => m.type === type).map((m) => m.ref));
export const surfaces = (ms: Mention[], type: string) => ms.filter((m) => m.type === type).map((m) => m.surface);
