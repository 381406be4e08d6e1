// `attache export`: the whole store in the public `attache.export/1` format
// (../shared/contract/EXPORT.md), as one JSON document or as JSON Lines for large stores.
import type { Writable } from "node:stream";
import type { Db } from "../store/db.ts";
import { listDocuments, listEntities, listFacts, listEvents, listDiscrepancies } from "../store/read.ts";

export const EXPORT_FORMAT = "attache.export/1";

export function exportDocuments(db: Db) {
  return listDocuments(db).map((d) => ({
    id: d.id, source: d.source, url: d.url, language: d.language, title: d.title,
    published: d.published, story: d.story, text: d.text,
    // extra fields (allowed by the contract)
    format: d.format, encoding: d.encoding, version: d.version,
  }));
}

export function exportFacts(db: Db) {
  return listFacts(db).map((f) => ({
    id: f.id, metric: f.metric, value: f.value, unit: f.unit, period: f.period, status: f.status,
    parties: f.parties, subject: f.subject,
    evidence: f.evidence.map((e) => ({ document: e.document, quote: e.quote, surface: e.surface, approximate: e.approximate })),
    consensus: f.consensus,
  }));
}

export function exportEvents(db: Db) {
  return listEvents(db).map((e) => ({
    id: e.id, type: e.type, name: e.name, ordinal: e.ordinal, date: e.date, place: e.place,
    country: e.country, participants: e.participants,
    evidence: e.evidence.map((x) => ({ document: x.document, quote: x.quote })),
  }));
}

export function exportEntities(db: Db) {
  return listEntities(db).filter((e) => e.documents.length > 0);
}

export function exportDiscrepancies(db: Db) {
  return listDiscrepancies(db).map((d) => ({ id: d.id, kind: d.kind, description: d.description, entities: d.entities, evidence: d.evidence }));
}

/** Writes the export as one JSON document. */
export function writeJsonExport(db: Db, out: Writable): void {
  const doc = {
    format: EXPORT_FORMAT,
    documents: exportDocuments(db),
    entities: exportEntities(db),
    facts: exportFacts(db),
    events: exportEvents(db),
    discrepancies: exportDiscrepancies(db),
  };
  out.write(JSON.stringify(doc, null, 1));
  out.write("\n");
}

/** Writes one record a line: a header line, then `{"type": "document", ...}` and so on. */
export function writeJsonlExport(db: Db, out: Writable): void {
  out.write(JSON.stringify({ type: "header", format: EXPORT_FORMAT }) + "\n");
  const sections: [string, () => unknown[]][] = [
    ["document", () => exportDocuments(db)],
    ["entity", () => exportEntities(db)],
    ["fact", () => exportFacts(db)],
    ["event", () => exportEvents(db)],
    ["discrepancy", () => exportDiscrepancies(db)],
  ];
  for (const [type, rows] of sections) for (const r of rows()) out.write(JSON.stringify({ type, ...(r as object) }) + "\n");
}
