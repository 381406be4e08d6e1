// STUB (to be replaced by the entities work).
import type { Mention } from "../../model.ts";
import type { ExtractionContext } from "../context.ts";

export function recognizeEntities(_ctx: Omit<ExtractionContext, "mentions">): Mention[] {
  return [];
}
