// A document that fails half-way through its write must leave nothing behind, and the documents
// after it in the same transaction must be stored exactly as if it had never been there: the
// batch writer's caches (entities, story postings) must not remember what was rolled back.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openDb, type Db } from "../../src/store/db.ts";
import { BatchWriter } from "../../src/ingest/batch.ts";
import { BulkInsert } from "../../src/store/statements.ts";
import type { DocumentAnalysis } from "../../src/model.ts";
import * as A from "../cluster/articles.ts";

/** A copy of the English summit report that fails on its last fact (NaN binds as NULL). */
function failingCopy(): DocumentAnalysis {
  const d = A.summit26en();
  const facts = [...d.facts, { ...d.facts[0], value: Number.NaN }];
  return { ...d, id: "doc_failing", contentHash: "f".repeat(64), source: "en/failing.txt", facts };
}

const TABLES = [
  "SELECT id, story, version FROM documents ORDER BY id",
  "SELECT id, title, profile FROM stories ORDER BY id",
  "SELECT token, story_id, weight FROM story_signals ORDER BY token, story_id",
  "SELECT token FROM story_saturated ORDER BY token",
  "SELECT document_id, entity_id, start, surface FROM mentions ORDER BY document_id, start, entity_id",
  "SELECT id, type, key, name, name_lang FROM entities ORDER BY id",
  "SELECT entity_id, alias FROM entity_aliases ORDER BY entity_id, alias",
  "SELECT fact_id, document_id, sentence, surface FROM fact_evidence ORDER BY fact_id, document_id, sentence, surface",
  "SELECT id, value, consensus FROM facts ORDER BY id",
  "SELECT event_id, document_id, sentence FROM event_evidence ORDER BY event_id, document_id, sentence",
];

function dump(db: Db): unknown[] {
  return TABLES.map((q) => db.prepare(q).all());
}

function ingest(docs: DocumentAnalysis[]) {
  const db = openDb(":memory:");
  const w = new BatchWriter(db);
  for (const d of docs) w.add(d);
  return { db, report: w.finish() };
}

test("a document failing mid-write in a chunk is rolled back whole; the rest of the chunk is stored as without it", () => {
  const clean = ingest([A.summit26nl(), A.summit26en(), A.summit26vi(), A.summit25vi()]);
  const withFailure = ingest([A.summit26nl(), failingCopy(), A.summit26en(), A.summit26vi(), A.summit25vi()]);

  assert.equal(withFailure.report.skipped.length, 1);
  assert.equal(withFailure.report.skipped[0].source, "en/failing.txt");
  assert.match(withFailure.report.skipped[0].reason, /could not be stored/);
  assert.equal(withFailure.report.added.length, 4);
  assert.equal((withFailure.db.prepare("SELECT COUNT(*) AS n FROM mentions WHERE document_id = 'doc_failing'").get() as { n: number }).n, 0);
  // Same rows everywhere, stories and postings included.
  assert.deepEqual(dump(withFailure.db), dump(clean.db));
  // And the three reports of the 26th summit still share one story, the 25th has its own.
  const stories = withFailure.db.prepare("SELECT source, story FROM documents ORDER BY source").all() as { source: string; story: string }[];
  const bySource = new Map(stories.map((r) => [r.source, r.story]));
  assert.equal(bySource.get("en/summit26.txt"), bySource.get("nl/top26.txt"));
  assert.equal(bySource.get("vi/hoinghi26.txt"), bySource.get("nl/top26.txt"));
  assert.notEqual(bySource.get("vi/hoinghi25.txt"), bySource.get("nl/top26.txt"));
});

test("bulk inserts keep row order and ignore duplicates row by row, across statement boundaries", () => {
  const db = openDb(":memory:");
  db.exec("CREATE TABLE t (k INTEGER PRIMARY KEY, v TEXT)");
  const bulk = new BulkInsert(db, "INSERT OR IGNORE INTO t (k, v)", 2, 4);
  const values: unknown[] = [];
  // 11 rows: three statements (4 + 4 + 3 rows); key 2 repeats within the first, key 7 across two.
  for (const [k, v] of [[1, "a"], [2, "b"], [2, "dup"], [3, "c"], [4, "d"], [5, "e"], [6, "f"], [7, "g"], [7, "dup"], [8, "h"], [9, "i"]] as const) values.push(k, v);
  bulk.run(values);
  const rows = db.prepare("SELECT k, v FROM t ORDER BY rowid").all() as { k: number; v: string }[];
  assert.deepEqual(rows.map((r) => r.v).join(""), "abcdefghi");
  bulk.run([]);
  assert.equal((db.prepare("SELECT COUNT(*) AS n FROM t").get() as { n: number }).n, 9);
});
