// STUB (to be replaced by the events work).
import type { EventDraft } from "../../model.ts";
import type { ExtractionContext } from "../context.ts";

export function extractEvents(_ctx: ExtractionContext): EventDraft[] {
  return [];
}
