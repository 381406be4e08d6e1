// STUB (to be replaced by the ingest work): turns one input's bytes into a DecodedInput.
import type { DecodedInput } from "../model.ts";
import { decodeBytes } from "./decode.ts";

export function toDecodedInput(source: string, bytes: Uint8Array): DecodedInput {
  const { text, encoding } = decodeBytes(bytes, source);
  return { source, format: "text", text, title: null, url: null, published: null, encoding };
}
