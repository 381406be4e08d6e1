import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DocumentAnalysis, EventDraft, Mention } from "../../src/model.ts";
import { openDb } from "../../src/store/db.ts";
import { writeAnalysis } from "../../src/store/write.ts";
import { registerTimeline, timeline } from "../../src/cli/commands/timeline.ts";
import { run } from "./recon-fixture.ts";

function mention(text: string, surface: string, ref: string, name: string): Mention {
  const start = text.indexOf(surface);
  return { ref, type: ref.slice(0, ref.indexOf(":")) as Mention["type"], surface, start, end: start + surface.length, sentence: 0, name };
}

function doc(id: string, language: string, published: string | null, text: string, mentions: Mention[], events: EventDraft[]): DocumentAnalysis {
  return {
    id, source: `${id}.txt`, contentHash: id, format: "text", encoding: "utf-8", language, title: null, url: null, published, text,
    furniture: [], sentences: [{ index: 0, start: 0, end: text.length, text }], mentions, facts: [], events,
  };
}

function buildDb(): string {
  const path = join(mkdtempSync(join(tmpdir(), "attache-timeline-")), "t.db");
  const db = openDb(path);
  const en = "Prime Minister Phạm Minh Chính addressed the 26th ASEAN-RoK Summit in Kuala Lumpur on Monday.";
  const summit = (quote: string, date: string | null, place: string | null): EventDraft => ({
    type: "summit", name: "26th ASEAN-Republic of Korea Summit", ordinal: 26, date, place, country: place ? "MY" : null,
    participants: ["organization:ASEAN", "country:KR"], series: "summit:ASEAN+KR", sentence: 0, quote,
  });
  writeAnalysis(db, doc("doc_en", "en", "2025-10-27", en, [
    mention(en, "Phạm Minh Chính", "person:pham minh chinh", "Phạm Minh Chính"),
    mention(en, "ASEAN", "organization:ASEAN", "ASEAN"), mention(en, "RoK", "country:KR", "Republic of Korea"),
  ], [summit(en, "2025-10-27", "Kuala Lumpur")]));
  const nl = "De 26e top tussen de ASEAN en de Republiek Korea vond plaats.";
  writeAnalysis(db, doc("doc_nl", "nl", null, nl, [
    mention(nl, "ASEAN", "organization:ASEAN", "ASEAN"), mention(nl, "Republiek Korea", "country:KR", "Republic of Korea"),
  ], [summit(nl, null, null)]));
  const vi = "Tổng Bí thư Tô Lâm thăm cấp Nhà nước Hàn Quốc.";
  writeAnalysis(db, doc("doc_vi", "vi", "2025-08-11", vi, [
    mention(vi, "Tô Lâm", "person:to lam", "Tô Lâm"), mention(vi, "Hàn Quốc", "country:KR", "Republic of Korea"),
  ], [{ type: "state_visit", name: "State visit of Tô Lâm to Republic of Korea", ordinal: null, date: "2025-08", place: null, country: "KR",
    participants: ["person:to lam", "country:KR"], series: "state_visit:to lam>KR", sentence: 0, quote: vi }]));
  const undated = "The two sides will hold a dialogue.";
  writeAnalysis(db, doc("doc_x", "en", null, undated, [], [{ type: "dialogue", name: "Dialogue", ordinal: null, date: null, place: null, country: null,
    participants: [], series: null, sentence: 0, quote: undated }]));
  db.close();
  return path;
}

const path = buildDb();

test("timeline: events in date order, merged across reports, undated last", () => {
  const db = openDb(path, { readonly: true });
  const rows = timeline(db);
  db.close();
  assert.deepEqual(rows.map((r) => r.date), ["2025-08", "2025-10-27", null]);
  const summit = rows[1];
  assert.equal(summit.sources.length, 2, "the Dutch and English reports are one event");
  assert.deepEqual(summit.sources.map((s) => s.language).sort(), ["en", "nl"]);
  assert.ok(summit.participantNames.includes("Republic of Korea"));
});

test("timeline: --entity resolves names accent- and case-insensitively; --from/--to bound dates", async () => {
  const byAlias = JSON.parse(await run(registerTimeline, ["timeline", "--entity", "to lam", "--json", "--db", path]));
  assert.deepEqual(byAlias.map((e: { type: string }) => e.type), ["state_visit"]);
  const korea = JSON.parse(await run(registerTimeline, ["timeline", "--entity", "HAN QUOC", "--json", "--db", path]));
  assert.equal(korea.length, 2);
  const autumn = JSON.parse(await run(registerTimeline, ["timeline", "--from", "2025-09-01", "--to", "2025-12-31", "--json", "--db", path]));
  assert.deepEqual(autumn.map((e: { ordinal: number }) => e.ordinal), [26]);
  const august = JSON.parse(await run(registerTimeline, ["timeline", "--from", "2025-08-15", "--to", "2025-08-31", "--json", "--db", path]));
  assert.equal(august.length, 1, "an event dated to the month is within a range inside that month");
  const text = await run(registerTimeline, ["timeline", "--db", path]);
  assert.match(text, /26th ASEAN-Republic of Korea Summit/);
  assert.match(text, /3 events/);
});

test("timeline: an unknown entity is an error", async () => {
  await assert.rejects(run(registerTimeline, ["timeline", "--entity", "Atlantis", "--db", path]), /no entity called Atlantis/);
});
