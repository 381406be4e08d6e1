// Identity of events across documents and languages: the same meeting reported twice is one event.
import type { DocumentAnalysis, EventDraft } from "../model.ts";
import { shortHash } from "../util/hash.ts";

/**
 * An event's key uses only language-independent signals: type, series (or participants),
 * ordinal, and the date. Undated, unnumbered events are keyed to the document's year so that
 * unrelated undated visits do not merge.
 */
export function eventKey(e: EventDraft, participantIds: string[], doc: Pick<DocumentAnalysis, "id" | "published">): string {
  const who = e.series ?? [...participantIds].sort().join(",");
  if (e.ordinal != null && e.series) return `${e.type}|${e.series}|#${e.ordinal}`;
  if (e.date) return `${e.type}|${who}|${e.country ?? ""}|${e.date.slice(0, 7)}`;
  const year = doc.published?.slice(0, 4);
  return `${e.type}|${who}|${e.country ?? ""}|${year ? `y${year}` : doc.id}`;
}

export function eventId(key: string): string {
  return `event_${shortHash(key)}`;
}
