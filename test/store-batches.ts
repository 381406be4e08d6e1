// Writes analysed documents into a store batch by batch, as `attache ingest` commits them: the
// tests that check incremental reconciliation and migrations need the batch boundaries.
import { BatchWriter } from "../src/ingest/batch.ts";
import type { Db } from "../src/store/db.ts";
import type { DocumentAnalysis } from "../src/model.ts";

export function writeBatches(db: Db, batches: DocumentAnalysis[][]): Db {
  for (const batch of batches) {
    const w = new BatchWriter(db);
    for (const d of batch) w.add(d);
    w.finish();
  }
  return db;
}
