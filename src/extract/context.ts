import type { LanguageCode, Mention, Sentence } from "../model.ts";

/** What every extractor sees of a document (read-only). */
export interface ExtractionContext {
  text: string;
  language: LanguageCode;
  sentences: Sentence[];
  /** Publication date `YYYY-MM-DD`, the anchor for relative dates; null when unknown. */
  published: string | null;
  title: string | null;
  /** Place named by the dateline, as written (`KUALA LUMPUR`). */
  datelinePlace: string | null;
  /** The dateline's own day when it precedes the publication date (see CleanedDocument). */
  datelineDate?: string | null;
  /** `SARREBRUCK (Allemagne)`: the country a dateline names after its city, as written. */
  datelineCountry?: string | null;
  /** Entity mentions found so far (entities run before figures and events). */
  mentions: Mention[];
}
