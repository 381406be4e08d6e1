// Reading stories back: each story with its current documents and languages.
import type { Db } from "../store/db.ts";

export interface StoryDocument { id: string; language: string; title: string | null; published: string | null; source: string }
export interface StoryRecord { id: string; title: string | null; firstSeen: string; languages: string[]; documents: StoryDocument[] }

export function listStories(db: Db): StoryRecord[] {
  const stories = db.prepare("SELECT id, title, first_seen FROM stories").all() as { id: string; title: string | null; first_seen: string }[];
  const docs = db.prepare(`SELECT id, language, title, published, source, story FROM documents
    WHERE superseded_by IS NULL AND story IS NOT NULL ORDER BY published IS NULL, published, source`).all() as (StoryDocument & { story: string })[];
  const byStory = new Map<string, StoryDocument[]>();
  for (const { story, ...d } of docs) byStory.set(story, [...(byStory.get(story) ?? []), d]);
  return stories
    .filter((s) => byStory.has(s.id))
    .map((s) => {
      const documents = byStory.get(s.id) ?? [];
      const title = documents.find((d) => d.language === "en" && d.title)?.title ?? s.title ?? documents.find((d) => d.title)?.title ?? null;
      return { id: s.id, title, firstSeen: s.first_seen, languages: [...new Set(documents.map((d) => d.language))].sort(), documents };
    })
    .sort((a, b) => (a.documents[0]?.published ?? "9999").localeCompare(b.documents[0]?.published ?? "9999") || a.id.localeCompare(b.id));
}
