import { test } from "node:test";
import assert from "node:assert/strict";
import { openDb } from "../../src/store/db.ts";
import { BatchWriter } from "../../src/ingest/batch.ts";
import type { DocumentAnalysis } from "../../src/model.ts";
import { article } from "./build.ts";
import * as A from "./articles.ts";
import { POSTING_CAP } from "../../src/cluster/stories.ts";

function ingest(docs: DocumentAnalysis[]) {
  const db = openDb(":memory:");
  const w = new BatchWriter(db);
  for (const d of docs) w.add(d);
  w.finish();
  const story = (d: DocumentAnalysis) => (db.prepare("SELECT story FROM documents WHERE id = ?").get(d.id) as { story: string }).story;
  return { db, story };
}

test("one summit reported in Dutch, English and Vietnamese is one story", () => {
  const nl = A.summit26nl(), en = A.summit26en(), vi = A.summit26vi();
  const { story } = ingest([nl, en, vi]);
  assert.equal(story(nl), story(en));
  assert.equal(story(vi), story(en));
});

test("another meeting of the same series, a dialogue, a state visit and unrelated news are their own stories", () => {
  const docs = [A.summit26nl(), A.summit25vi(), A.summit26en(), A.stateVisitNl(), A.dialogue28en(), A.fisheriesEn()];
  const { story } = ingest(docs);
  const ids = docs.map(story);
  assert.equal(ids[0], ids[2], "nl and en 26th summit");
  assert.equal(new Set(ids).size, 5, `expected 5 stories, got ${ids.join(" ")}`);
});

test("order of ingestion does not change the grouping", () => {
  const docs = [A.fisheriesEn(), A.dialogue28en(), A.summit26en(), A.stateVisitNl(), A.summit25vi(), A.summit26nl(), A.summit26vi()];
  const { story } = ingest(docs);
  const ids = docs.map(story);
  assert.equal(ids[2], ids[5]);
  assert.equal(ids[2], ids[6]);
  assert.equal(new Set(ids).size, 5);
});

test("conflicting ordinals keep two reports apart even when their figures and people coincide", () => {
  const base = A.summit26en();
  const other = article({
    source: "en/summit27.txt", language: "en", published: "2025-10-27",
    text: base.text.replace("26th", "27th") + " A separate statement followed.",
    mentions: [{ ref: "person:lee jae myung", surface: "Lee Jae Myung" }, { ref: "organization:ASEAN", surface: "ASEAN" }],
    events: [{ type: "summit", name: "27th ASEAN-Republic of Korea Summit", ordinal: 27, date: null, place: null, country: null, series: "ASEAN-KR summit", anchor: "27th" }],
  });
  const { story } = ingest([base, other]);
  assert.notEqual(story(base), story(other));
});

test("a repost with different furniture and no extracted signals joins the original through text bands", () => {
  const orig = A.summit26en(), repost = A.summit26enRepost();
  const { story } = ingest([orig, A.fisheriesEn(), repost]);
  assert.equal(story(repost), story(orig));
});

test("reports published months apart are different stories despite sharing people and countries", () => {
  const a = A.stateVisitNl();
  const b = article({
    source: "nl/later.txt", language: "nl", published: "2026-02-10",
    text: "President Lee Jae Myung ontving secretaris-generaal To Lam opnieuw in de Republiek Korea. Vietnam en Korea bespraken de uitvoering van eerdere akkoorden.",
    mentions: [{ ref: "person:lee jae myung", surface: "Lee Jae Myung" }, { ref: "person:to lam", surface: "To Lam" }, { ref: "country:KR", surface: "Republiek Korea" }, { ref: "country:VN", surface: "Vietnam" }],
  });
  const { story } = ingest([a, b]);
  assert.notEqual(story(a), story(b));
});

test("a story is found through the index among hundreds of unrelated stories sharing common tokens", () => {
  const filler: DocumentAnalysis[] = [];
  for (let i = 0; i < 300; i++) {
    filler.push(article({
      source: `filler/${i}.txt`, language: "en", published: `2025-0${1 + (i % 9)}-1${i % 10}`,
      text: `ASEAN officials met partner number ${i} to review cooperation item ${i * 7} in sector ${i % 13}.`,
      mentions: [{ ref: "organization:ASEAN", surface: "ASEAN" }],
    }));
  }
  const en = A.summit26en(), nl = A.summit26nl();
  const { db, story } = ingest([en, ...filler, nl]);
  assert.equal(story(nl), story(en));
  // the ASEAN token is carried by more stories than the posting cap: it is marked saturated and
  // its postings stop growing, so it is never scanned again
  const n = (db.prepare("SELECT COUNT(*) AS n FROM story_signals WHERE token = 'e:organization:ASEAN'").get() as { n: number }).n;
  assert.equal(n, POSTING_CAP);
  assert.ok(db.prepare("SELECT 1 FROM story_saturated WHERE token = 'e:organization:ASEAN'").get());
});

test("the story profile records languages and the published range", () => {
  const nl = A.summit26nl(), vi = A.summit26vi();
  const { db, story } = ingest([nl, vi]);
  const row = db.prepare("SELECT profile FROM stories WHERE id = ?").get(story(nl)) as { profile: string };
  const p = JSON.parse(row.profile);
  assert.deepEqual(p.languages, ["nl", "vi"]);
  assert.deepEqual(p.published, { min: "2025-10-27", max: "2025-10-28" });
  assert.equal(p.documents, 2);
});
