// STUB (to be replaced by the cleaning work).
import type { CleanedDocument, DecodedInput } from "../model.ts";

export function cleanDocument(input: DecodedInput): CleanedDocument {
  return { text: input.text.trim(), title: input.title, url: input.url, published: input.published, datelinePlace: null, furniture: [] };
}
