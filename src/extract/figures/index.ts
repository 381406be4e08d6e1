// STUB (to be replaced by the figures work).
import type { FactDraft } from "../../model.ts";
import type { ExtractionContext } from "../context.ts";

export function extractFacts(_ctx: ExtractionContext): FactDraft[] {
  return [];
}
