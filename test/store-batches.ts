// Writes analysed documents into a store batch by batch, as `attache ingest` commits them: the
// tests that check incremental reconciliation and migrations need the batch boundaries.
import { BatchWriter } from "../src/ingest/batch.ts";
import { openDb, type Db } from "../src/store/db.ts";
import { analyseInput } from "../src/pipeline/analyse.ts";
import type { DocumentAnalysis } from "../src/model.ts";

export function writeBatches(db: Db, batches: DocumentAnalysis[][]): Db {
  for (const batch of batches) {
    const w = new BatchWriter(db);
    for (const d of batch) w.add(d);
    w.finish();
  }
  return db;
}

/** A store holding the given texts, each analysed and written as a batch of its own, in order. */
export function storeOfTexts(docs: [string, string][]): Db {
  return writeBatches(openDb(":memory:"), docs.map(([name, text]) => [analyseInput(name, new TextEncoder().encode(text))]));
}
