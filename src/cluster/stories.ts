// STUB (to be replaced by the stories work): every document is its own story.
import type { DocumentAnalysis } from "../model.ts";
import type { Db } from "../store/db.ts";

/** Assigns the stored document to a story (new or existing) and returns the story id. */
export function assignStory(db: Db, a: DocumentAnalysis): string {
  const id = `story_${a.contentHash.slice(0, 12)}`;
  db.prepare("INSERT OR IGNORE INTO stories (id, title, first_seen) VALUES (?, ?, ?)").run(id, a.title, a.published ?? new Date().toISOString().slice(0, 10));
  db.prepare("UPDATE documents SET story = ? WHERE id = ?").run(id, a.id);
  return id;
}
