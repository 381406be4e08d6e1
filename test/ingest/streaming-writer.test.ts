// BatchWriter.write (used by ingestBatch) stores each analysis as it arrives, inside an open chunk
// transaction, so the workers keep analysing while the main thread writes. It must store exactly
// what the buffered `add` path stores, keep a failing document's rollback to that document, and
// leave nothing of an unfinished chunk behind when the batch stops early (`abort`).
import { test } from "node:test";
import assert from "node:assert/strict";
import { openDb, type Db } from "../../src/store/db.ts";
import { BatchWriter } from "../../src/ingest/batch.ts";
import type { DocumentAnalysis } from "../../src/model.ts";
import * as A from "../cluster/articles.ts";

const TABLES = [
  "SELECT id, story, version FROM documents ORDER BY id",
  "SELECT id, title, profile FROM stories ORDER BY id",
  "SELECT token, story_id, weight FROM story_signals ORDER BY token, story_id",
  "SELECT document_id, entity_id, start, surface FROM mentions ORDER BY document_id, start, entity_id",
  "SELECT id, type, key, name, name_lang FROM entities ORDER BY id",
  "SELECT fact_id, document_id, sentence, surface FROM fact_evidence ORDER BY fact_id, document_id, sentence, surface",
  "SELECT id, value, consensus FROM facts ORDER BY id",
  "SELECT event_id, document_id, sentence FROM event_evidence ORDER BY event_id, document_id, sentence",
  "SELECT id, kind, description, evidence, detail FROM discrepancies ORDER BY id",
];

const dump = (db: Db) => TABLES.map((q) => db.prepare(q).all());
const docs = () => [A.summit26nl(), A.summit26en(), A.summit26vi(), A.summit25vi()];
const count = (db: Db, table: string) => (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;

/** A copy of the English summit report that fails on its last fact (NaN binds as NULL). */
function failingCopy(): DocumentAnalysis {
  const d = A.summit26en();
  return { ...d, id: "doc_failing", contentHash: "f".repeat(64), source: "en/failing.txt", facts: [...d.facts, { ...d.facts[0], value: Number.NaN }] };
}

test("documents written one by one in open chunks are stored exactly as the buffered writer stores them", () => {
  const buffered = openDb(":memory:");
  const b = new BatchWriter(buffered, 3);
  for (const d of docs()) b.add(d);
  const bReport = b.finish();

  const streamed = openDb(":memory:");
  const s = new BatchWriter(streamed, 3);
  for (const d of docs()) s.write(d);
  // Chunks of 3: the first three are committed, the fourth waits in the open transaction.
  assert.equal(streamed.inTransaction, true);
  const sReport = s.finish();
  assert.equal(streamed.inTransaction, false);

  assert.deepEqual(sReport.added, bReport.added);
  assert.deepEqual(dump(streamed), dump(buffered));
  assert.equal(count(streamed, "documents"), 4);
});

test("a document failing mid-write in a streamed chunk is rolled back alone", () => {
  const clean = openDb(":memory:");
  const c = new BatchWriter(clean);
  for (const d of docs()) c.write(d);
  c.finish();

  const db = openDb(":memory:");
  const w = new BatchWriter(db);
  const [first, ...rest] = docs();
  w.write(first);
  w.write(failingCopy());
  for (const d of rest) w.write(d);
  const report = w.finish();
  assert.deepEqual(report.skipped.map((s) => s.source), ["en/failing.txt"]);
  assert.match(report.skipped[0].reason, /could not be stored/);
  assert.deepEqual(dump(db), dump(clean));
});

test("abort rolls back the open chunk and keeps the committed ones", () => {
  const db = openDb(":memory:");
  const w = new BatchWriter(db, 2);
  const [a, b, c] = docs();
  w.write(a);
  w.write(b); // second of a chunk of 2: committed here
  w.write(c);
  w.abort();
  assert.equal(db.inTransaction, false);
  const stored = (db.prepare("SELECT source FROM documents ORDER BY source").all() as { source: string }[]).map((r) => r.source);
  assert.deepEqual(stored, [a.source, b.source].sort());
  assert.equal(count(db, "mentions"), (db.prepare("SELECT COUNT(*) AS n FROM mentions WHERE document_id IN (?, ?)").get(a.id, b.id) as { n: number }).n);

  // The connection is usable again: a new batch stores the document the aborted one lost.
  const again = new BatchWriter(db, 2);
  again.write(c);
  const report = again.finish();
  assert.deepEqual(report.added.map((x) => x.source), [c.source]);
  assert.equal(count(db, "documents"), 3);
});
