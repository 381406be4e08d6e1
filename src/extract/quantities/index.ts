// STUB (to be replaced by the figures work).
import type { LanguageCode, Quantity } from "../../model.ts";

export function findQuantities(_sentence: string, _language: LanguageCode): Quantity[] {
  return [];
}
