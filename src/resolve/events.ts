// Identity of events across documents and languages: the same meeting reported twice is one event.
import type { DocumentAnalysis, EventDraft } from "../model.ts";
import { shortHash } from "../util/hash.ts";

/**
 * An event's key uses only language-independent signals: type, series (sorted party keys),
 * ordinal and year. A numbered meeting of a series is unique (`summit|summit:ASEAN+KR|#26`);
 * an unnumbered one is keyed by its year, taken from its date or else the document's year, so
 * reports that date it precisely and reports that do not still meet. Events with neither a
 * series nor a year stay within their document.
 */
export function eventKey(e: EventDraft, participantIds: string[], doc: Pick<DocumentAnalysis, "id" | "published">): string {
  const year = e.date?.slice(0, 4) ?? doc.published?.slice(0, 4) ?? null;
  if (e.ordinal != null && e.series) return `${e.type}|${e.series}|#${e.ordinal}`;
  // Without the parties (recognition missed them) a number and a year still single a meeting out.
  if (e.ordinal != null) return `${e.type}|#${e.ordinal}|${year ?? doc.id}`;
  if (e.series) return `${e.type}|${e.series}|${year ?? doc.id}`;
  const who = [...participantIds].sort().join(",");
  return `${e.type}|${who}|${e.country ?? ""}|${e.date?.slice(0, 7) ?? (year ? `y${year}` : doc.id)}`;
}

export function eventId(key: string): string {
  return `event_${shortHash(key)}`;
}
