// Typed access to the JSON API. The types come from the server's own query layer (type-only
// imports vanish from the bundle), so the UI and the API cannot disagree silently.
import type { DocumentSummaryOut, EntityRefOut, EntitySummaryOut, EventOut, FactOut, Paged, SeriesOut, SourceOut, StorySummaryOut, DiscrepancyOut } from "../../src/serve/queries.ts";
import type { HighlightOut } from "../../src/serve/document.ts";

export type { DocumentSummaryOut as DocSummary, EntityRefOut as EntityRef, EntitySummaryOut as EntitySummary, EventOut as Event, FactOut as Fact, Paged, SeriesOut as Series, SourceOut as Source, StorySummaryOut as StorySummary, DiscrepancyOut as Discrepancy, HighlightOut as Highlight };

export interface Stats {
  documents: number; entities: number; facts: number; events: number; stories: number; discrepancies: number;
  byLanguage: { language: string; count: number }[]; byMonth: { month: string; count: number }[];
  latestEvents: EventOut[]; largestStories: StorySummaryOut[]; openDiscrepancies: DiscrepancyOut[];
}

export interface DocumentDetail {
  document: DocumentSummaryOut & { text: string; format: string; encoding: string; version: number; supersededBy: string | null; ingestedAt: string };
  sentences: { index: number; start: number; end: number }[];
  highlights: HighlightOut[];
  entities: EntityRefOut[];
  facts: FactOut[]; events: EventOut[];
  story: { id: string; title: string | null; documents: DocumentSummaryOut[] } | null;
}

export interface EntityDetail {
  entity: { id: string; type: string; key: string; name: string };
  aliases: { alias: string; language: string | null }[];
  roles: string[]; facts: FactOut[]; events: EventOut[]; documents: DocumentSummaryOut[];
}

export interface StoryDetail { id: string; title: string | null; firstSeen: string; documents: DocumentSummaryOut[]; events: EventOut[]; facts: FactOut[] }

export interface SearchResult {
  query: string; folded: string;
  entities: (EntitySummaryOut & { matched: string })[];
  documents: (DocumentSummaryOut & { sentence: number | null; snippet: string; reason: string })[];
  facts: FactOut[]; events: EventOut[];
}

export interface Info { name: string; version: string; ingest: boolean; maxUploadBytes: number }

export class ApiError extends Error {
  constructor(readonly status: number, message: string) { super(message); }
}

export async function api<T>(path: string, params: Record<string, string | number | undefined | null> = {}): Promise<T> {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v != null && v !== "") qs.set(k, String(v));
  const res = await fetch(`/api/${path}${qs.size ? `?${qs}` : ""}`, { headers: { Accept: "application/json" } });
  const body = (await res.json().catch(() => null)) as ({ message?: string } & T) | null;
  if (!res.ok) throw new ApiError(res.status, body?.message ?? `HTTP ${res.status}`);
  return body as T;
}
