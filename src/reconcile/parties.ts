// Turning what a user types (`KR`, `ASEAN`, `Hàn Quốc`, `country:KR`) into entity ids, and
// matching a fact's parties: as a set where direction does not matter, in order where it does.
import type { Db } from "../store/db.ts";
import { fold } from "../util/text.ts";
import { isSymmetric } from "../resolve/facts.ts";

/** Every entity the text could mean: by id, by key (any type), or by any alias. */
export function resolveParty(db: Db, text: string): string[] {
  const ids = new Set<string>();
  for (const r of db.prepare("SELECT id FROM entities WHERE id = ? OR key = ? COLLATE NOCASE").all(text, text) as { id: string }[]) ids.add(r.id);
  const ref = db.prepare("SELECT entity_id FROM entity_refs WHERE ref = ?").get(text) as { entity_id: string } | undefined;
  if (ref) ids.add(ref.entity_id);
  if (ids.size === 0) {
    for (const r of db.prepare("SELECT DISTINCT entity_id FROM entity_aliases WHERE folded = ?").all(fold(text)) as { entity_id: string }[]) ids.add(r.entity_id);
  }
  return [...ids];
}

/** Whether a fact's parties are exactly the requested ones (each request: the ids it may mean). */
export function partiesMatch(metric: string, factParties: string[], wanted: string[][], exact = true): boolean {
  if (wanted.length === 0) return true;
  if (!exact) return wanted.every((w) => factParties.some((p) => w.includes(p)));
  if (factParties.length !== wanted.length) return false;
  if (!isSymmetric(metric)) return wanted.every((w, i) => w.includes(factParties[i]));
  const pool = [...factParties];
  for (const w of wanted) {
    const i = pool.findIndex((p) => w.includes(p));
    if (i < 0) return false;
    pool.splice(i, 1);
  }
  return true;
}
