// The shapes that flow through the pipeline:
// ingest → clean → detect → segment → extract → resolve → cluster → reconcile → store → serve.
// Stages are pure functions over these types; only ingest, store and serve touch the world.

/** ISO 639-1 code, e.g. `en`, `vi`, `nl`. */
export type LanguageCode = string;

/** What `ingest` hands to `clean`: the decoded text of one input, before furniture is removed. */
export interface DecodedInput {
  /** The path or URL it was ingested from, exactly as given. */
  source: string;
  /** `html` inputs have already been through article extraction (readability). */
  format: "text" | "html";
  /** Decoded body text (for HTML: the extracted article text, paragraphs separated by blank lines). */
  text: string;
  /** Headline from HTML metadata (`<title>`, og:title, readability), when known. */
  title: string | null;
  /** Canonical URL from HTML metadata (`<link rel=canonical>`, og:url), when known. */
  url: string | null;
  /** Publication date from HTML metadata (article:published_time, `<time>`), `YYYY-MM-DD`. */
  published: string | null;
  /** The character encoding the bytes were decoded from (`utf-8`, `utf-16le`, `windows-1252`, …). */
  encoding: string;
}

export type FurnitureKind =
  | "caption"     // photo captions and credits
  | "comments"    // comment counters ("Reactie (0)")
  | "related"     // a tail of other headlines
  | "source"      // "Source: VNA", "Bron: URL"
  | "dateline"    // " date 2025-10-27 KUALA LUMPUR —"
  | "byline"      // author / agency sign-off ("— VNA/VNS")
  | "boilerplate"; // share buttons, copyright, newsletter prompts

/** A piece of article furniture taken out of the text; what it told is kept. */
export interface Furniture {
  kind: FurnitureKind;
  text: string;
}

/** Output of `clean`: the body text that every later stage runs on, and the metadata it revealed. */
export interface CleanedDocument {
  text: string;
  title: string | null;
  url: string | null;
  published: string | null;
  /** Place named by a dateline (`KUALA LUMPUR`), as written. */
  datelinePlace: string | null;
  /**
   * The day the dateline files the report on (`HANOI, Nov. 13 (VNA)`), its year completed from the
   * publication date; set only when it lies up to three days before it (a report published after
   * midnight, or the next day) or one day after it (a page dated in a time zone behind). Relative words in the text (`yesterday`, `on Monday`) count from it.
   */
  datelineDate?: string | null;
  /** `SARREBRUCK (Allemagne), 4 juin 2026`: the country a dateline names after its city, as written. */
  datelineCountry?: string | null;
  furniture: Furniture[];
}

/** A sentence of the cleaned text; `text === doc.text.slice(start, end)`. */
export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
}

export type EntityType =
  | "person"
  | "country"
  | "organization"
  | "agreement"
  | "initiative"
  | "place"
  | "event_series";

/**
 * A reference to an entity that is the same in every document and language:
 * `${type}:${key}`, e.g. `country:KR`, `organization:ASEAN`, `person:jeong byeong won`,
 * `agreement:ASEAN-Korea Free Trade Agreement`. The store turns it into the entity id.
 */
export type EntityRef = string;

/** One place in a document's text where an entity is named. */
export interface Mention {
  ref: EntityRef;
  type: EntityType;
  /** Exactly as written: `text.slice(start, end) === surface`. */
  surface: string;
  start: number;
  end: number;
  sentence: number;
  /** Canonical display name proposed by the recogniser (English where one is established). */
  name: string;
  /** Title seen with a person (`Prime Minister of Viet Nam`). */
  role?: string;
  /** For an acronym defined in the text: the long form the text gives for it. */
  expansion?: string;
  /** Recogniser's confidence 0..1; low-confidence mentions may be dropped at resolve time. */
  confidence?: number;
  /** A nationality adjective or noun (`Korean`, `indonésiens`), not the country's name. */
  demonym?: boolean;
  /** The surface without a particle or clitic glued to the name (`한국의` → `한국`, `ومصر` → `مصر`). */
  bare?: string;
}

export type Metric =
  | "trade" | "exports" | "imports" | "investment" | "aid" | "funding"
  | "people" | "rank" | "share" | "growth" | "count" | "other";

export type FactStatus = "actual" | "target" | "pledge";

export type QuantityKind = "money" | "percent" | "rank" | "multiple" | "count" | "year" | "period";

/** A number found in a sentence, fully normalised. */
export interface Quantity {
  kind: QuantityKind;
  /** Fully scaled: `208,2 miljard` → 208200000000. For periods: the start year. */
  value: number;
  /** Upper bound for ranges and periods (`2021–2025` → 2025). */
  valueTo?: number;
  /** ISO 4217 for money; `percent`, `rank`, `times`, `items`, `persons` (when the noun says so), `year`. */
  unit: string;
  /** Offsets within the sentence text. */
  start: number;
  end: number;
  surface: string;
  /** `nearly`, `about`, `gần`, `bijna`… */
  approximate: boolean;
  /** `more than`, `over`, `hơn`… (the value is a lower bound) */
  lowerBound?: boolean;
  /** Size of the last stated digit, fully scaled: `208.2 billion` → 1e8; `11 tỉ` → 1e9. */
  precision: number;
  /** The counted noun that follows, when there is one (`students`, `sinh viên`, `documents`). */
  noun?: string;
  /** Where a counted thing stands now, as the base of an aim (`contre 2 500 aujourd'hui`). */
  baseline?: boolean;
}

/** A figure stated in a document, attributed; the store merges equal drafts across documents. */
export interface FactDraft {
  metric: Metric;
  value: number;
  unit: string;
  period: string | null;
  status: FactStatus;
  /** Who it is about: both sides for trade, investor then recipient for investment, the giver for a pledge. */
  parties: EntityRef[];
  subject: string | null;
  sentence: number;
  /** The sentence that states it, exactly as in the document text. */
  quote: string;
  /** The figure as written (`US$208.2 billion`). */
  surface: string;
  precision: number;
  approximate: boolean;
}

export type EventType =
  | "summit" | "ministerial" | "senior_officials" | "dialogue" | "state_visit"
  | "official_visit" | "talks" | "signing" | "other";

/** A meeting, visit or signing described or mentioned in a document. */
export interface EventDraft {
  type: EventType;
  /** Canonical English name: `26th ASEAN-Republic of Korea Summit`. */
  name: string;
  ordinal: number | null;
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, or null when the text does not establish it. */
  date: string | null;
  /** City or venue, English name. */
  place: string | null;
  /** ISO 3166-1 alpha-2 of the host country. */
  country: string | null;
  participants: EntityRef[];
  /** Recurring series this meeting belongs to (`ASEAN-KR summit`), language independent. */
  series: string | null;
  sentence: number;
  quote: string;
  /** Other sentences that add to the same event (kept as extra evidence). */
  moreSentences?: number[];
}

/** Everything the pure pipeline learns from one input. */
export interface DocumentAnalysis {
  id: string;
  source: string;
  contentHash: string;
  format: "text" | "html";
  encoding: string;
  language: LanguageCode;
  title: string | null;
  url: string | null;
  published: string | null;
  text: string;
  furniture: Furniture[];
  sentences: Sentence[];
  mentions: Mention[];
  facts: FactDraft[];
  events: EventDraft[];
  /** MinHash band tokens of `text` (cluster/minhash.ts), computed in the worker so the main thread need not. */
  bands?: string[];
  /** Milliseconds spent per stage, for the benchmark. */
  timings?: Record<string, number>;
}
