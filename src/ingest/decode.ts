// STUB (to be replaced by the ingest work): UTF-8 only.
import { InputError } from "./errors.ts";

export interface Decoded { text: string; encoding: string }

/** Decodes bytes to text, detecting the encoding; throws InputError for undecodable input. */
export function decodeBytes(bytes: Uint8Array, source: string, _declared?: string | null): Decoded {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    throw new InputError(source, "not valid UTF-8");
  }
}
