// STUB (to be replaced by the language-identification work).
import type { LanguageCode } from "../model.ts";

/** Loads the detector's model; call once per process (or worker) before detectLanguage. */
export async function initLanguageDetection(): Promise<void> {}

export function detectLanguage(_text: string): LanguageCode {
  return "en";
}
