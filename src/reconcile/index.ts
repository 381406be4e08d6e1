// STUB (to be replaced by the reconciliation work).
import type { Db } from "../store/db.ts";
import type { Touched } from "../store/write.ts";

/** Recomputes consensus, conflicts and discrepancies for what a batch touched. */
export function reconcile(_db: Db, _touched: Touched): void {}
