// A store for the API and browser tests: the seed corpus (ingested as the CLI does) plus two
// hand-made analyses with known entities, figures and events, so every route has something
// definite to return whatever the extraction stages currently find in the seeds.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { DocumentAnalysis, Mention, Sentence } from "../../src/model.ts";
import { openDb, type Db } from "../../src/store/db.ts";
import { ingestBatch, BatchWriter } from "../../src/ingest/batch.ts";
import { discoverInputs } from "../../src/ingest/discover.ts";
import { initLanguageDetection } from "../../src/detect/language.ts";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const SEEDS = resolve(ROOT, "..", "shared", "corpus", "seeds");

// Invented names, places and dates, so nothing the real extraction finds in the seeds merges with them.
export const FIXTURE = {
  docEn: "doc_fixture000000en",
  docVi: "doc_fixture000000vi",
  pm: "person:Phạm Văn Thử",
  korea: "country:XR",
  vietnam: "country:XS",
  kadif: "initiative:Zorblax Digital Flagship",
  enText: "Prime Minister Phạm Văn Thử met leaders of the Republic of Ruritania in Strelsau on 11 August 2031.\n\nTwo-way trade between Syldavia and the Republic of Ruritania reached US$86.4 billion in 2024. The ZORBLAX programme was launched.",
  viText: "Thủ tướng Phạm Văn Thử hội đàm với Cộng hòa Ruritani tại Strelsau.\n\nKim ngạch thương mại Xyldavia - Cộng hòa Ruritani đạt 87 tỷ USD năm 2024.",
};

function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /\S[^\n]*?(?:\.(?=\s|$)|(?=\n)|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (!body) continue;
    out.push({ index: out.length, start: m.index + lead, end: m.index + lead + body.length, text: body });
  }
  return out;
}

function mention(text: string, sentences: Sentence[], surface: string, ref: string, type: Mention["type"], name: string): Mention {
  const start = text.indexOf(surface);
  if (start < 0) throw new Error(`fixture: ${surface} not in text`);
  const sentence = sentences.find((s) => s.start <= start && start < s.end)!.index;
  return { ref, type, surface, start, end: start + surface.length, sentence, name };
}

function analysis(id: string, language: string, title: string, text: string, mentions: (s: Sentence[]) => Mention[], rest: (s: Sentence[]) => Pick<DocumentAnalysis, "facts" | "events">): DocumentAnalysis {
  const sentences = sentencesOf(text);
  return {
    id, source: `fixture/${id}.txt`, contentHash: id.padEnd(64, "0"), format: "text", encoding: "utf-8", language, title,
    url: "https://example.org/news/1", published: "2031-08-12", text, furniture: [], sentences, mentions: mentions(sentences), ...rest(sentences),
  };
}

export function fixtureAnalyses(): DocumentAnalysis[] {
  const F = FIXTURE;
  const en = analysis(F.docEn, "en", "Prime Minister meets Ruritanian leaders", F.enText,
    (s) => [
      mention(F.enText, s, "Phạm Văn Thử", F.pm, "person", "Phạm Văn Thử"),
      mention(F.enText, s, "Syldavia", F.vietnam, "country", "Syldavia"),
      mention(F.enText, s, "Republic of Ruritania", F.korea, "country", "Ruritania"),
      mention(F.enText, s, "ZORBLAX", F.kadif, "initiative", "Zorblax Digital Flagship"),
    ],
    (s) => ({
      facts: [{ metric: "trade", value: 86.4e9, unit: "USD", period: "2024", status: "actual", parties: [F.vietnam, F.korea], subject: null, sentence: 1, quote: s[1].text, surface: "US$86.4 billion", precision: 1e8, approximate: false }],
      events: [{ type: "official_visit", name: "Fixture visit of Phạm Văn Thử to Ruritania", ordinal: null, date: "2031-08-11", place: "Strelsau", country: "XR", participants: [F.pm, F.korea], series: null, sentence: 0, quote: s[0].text }],
    }));
  const vi = analysis(F.docVi, "vi", "Thủ tướng hội đàm với Ruritani", F.viText,
    (s) => [
      mention(F.viText, s, "Phạm Văn Thử", F.pm, "person", "Phạm Văn Thử"),
      mention(F.viText, s, "Cộng hòa Ruritani", F.korea, "country", "Ruritania"),
      mention(F.viText, s, "Xyldavia", F.vietnam, "country", "Syldavia"),
    ],
    (s) => ({
      facts: [{ metric: "trade", value: 87e9, unit: "USD", period: "2024", status: "actual", parties: [F.vietnam, F.korea], subject: null, sentence: 1, quote: s[1].text, surface: "87 tỷ USD", precision: 1e9, approximate: false }],
      events: [],
    }));
  return [en, vi];
}

export interface TestStore { db: Db; path: string; dir: string; cleanup: () => void }

/** A fresh store file with the seeds and the fixture analyses. */
export async function buildTestStore(): Promise<TestStore> {
  if (!existsSync(SEEDS)) throw new Error(`seed corpus not found at ${SEEDS} (it sits beside the repository)`);
  const dir = mkdtempSync(join(tmpdir(), "attache-serve-"));
  const path = join(dir, "test.db");
  const db = openDb(path);
  await initLanguageDetection();
  await ingestBatch(db, discoverInputs([SEEDS]).inputs);
  const w = new BatchWriter(db);
  for (const a of fixtureAnalyses()) w.add(a);
  w.finish();
  // Story assignment is another stage's work; the fixture pair is one story so the reader's
  // "same story" panel has something to show.
  const story = (db.prepare("SELECT story FROM documents WHERE id = ?").get(FIXTURE.docEn) as { story: string }).story;
  db.prepare("UPDATE documents SET story = ? WHERE id = ?").run(story, FIXTURE.docVi);
  return { db, path, dir, cleanup: () => { db.close(); rmSync(dir, { recursive: true, force: true }); } };
}
