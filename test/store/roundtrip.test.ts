import { test } from "node:test";
import assert from "node:assert/strict";
import { openDb } from "../../src/store/db.ts";
import { analyseInput } from "../../src/pipeline/analyse.ts";
import { BatchWriter } from "../../src/ingest/batch.ts";
import { listDocuments } from "../../src/store/read.ts";

test("re-ingesting the same content is a no-op; a changed file at the same path is a new version", () => {
  const db = openDb(":memory:");
  const w1 = new BatchWriter(db);
  w1.add(analyseInput("a.txt", new TextEncoder().encode("The two ministers met in Hanoi on Monday.")));
  w1.add(analyseInput("a.txt", new TextEncoder().encode("The two ministers met in Hanoi on Monday.")));
  const r1 = w1.finish();
  assert.equal(r1.added.length, 1);
  assert.equal(r1.unchanged.length, 1);

  const w2 = new BatchWriter(db);
  w2.add(analyseInput("a.txt", new TextEncoder().encode("The two ministers met in Hanoi on Tuesday.")));
  const r2 = w2.finish();
  assert.equal(r2.added[0].version, 2);
  const current = listDocuments(db);
  assert.equal(current.length, 1);
  assert.match(current[0].text, /Tuesday/);
  assert.equal(listDocuments(db, { includeSuperseded: true }).length, 2);
});
