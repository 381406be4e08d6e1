import { test } from "node:test";
import assert from "node:assert/strict";
import { openDb } from "../../src/store/db.ts";
import { BatchWriter } from "../../src/ingest/batch.ts";
import { writeBatches } from "../store-batches.ts";
import { listDiscrepancies, listFacts } from "../../src/store/read.ts";
import type { DocumentAnalysis } from "../../src/model.ts";
import { article } from "../cluster/build.ts";
import * as A from "../cluster/articles.ts";

const KR = "country:KR", ASEAN = "organization:ASEAN";

function store(...batches: DocumentAnalysis[][]) {
  return writeBatches(openDb(":memory:"), batches);
}

function quotesAreExact(db: ReturnType<typeof openDb>) {
  for (const d of listDiscrepancies(db)) for (const e of d.evidence) {
    const row = db.prepare("SELECT text FROM documents WHERE id = ?").get(e.document) as { text: string };
    assert.ok(row.text.includes(e.quote), `quote not in document: ${e.quote}`);
  }
}

const trade2024 = (source: string, language: string, text: string, surface: string, value: number, precision: number, approximate = false) => article({
  source, language, published: "2025-03-01", text,
  facts: [{ metric: "trade", value, unit: "USD", period: "2024", status: "actual", parties: [ASEAN, KR], surface, precision, approximate }],
});

test("the same trade figure from Dutch and English sources is one consensus fact with both sources", () => {
  const db = store([A.summit26en(), A.summit26nl()]);
  const trade = listFacts(db, { metric: "trade" });
  assert.equal(trade.length, 1);
  assert.equal(trade[0].consensus, true);
  assert.deepEqual(new Set(trade[0].evidence.map((e) => e.language)), new Set(["en", "nl"]));
  assert.equal(listDiscrepancies(db, { kind: "conflict" }).length, 0);
});

test("a value outside the other's rounding is a conflict with both sides; changes between years are not", () => {
  const wrong = trade2024("en/wrong.txt", "en", "Two-way trade between ASEAN and Korea reached US$196.64 billion in 2024, officials said.", "US$196.64 billion", 196.64e9, 1e7);
  const rounded = trade2024("en/rounded.txt", "en", "Trade between the two sides stood at about US$210 billion in 2024.", "US$210 billion", 210e9, 1e9, true);
  const db = store([A.summit26en(), A.summit25vi()], [wrong, rounded]);
  const conflicts = listDiscrepancies(db, { kind: "conflict" });
  assert.equal(conflicts.length, 1, JSON.stringify(conflicts));
  const c = conflicts[0];
  assert.match(c.description, /196\.64 bn USD/);
  assert.match(c.description, /208\.2 bn USD/);
  const facts = listFacts(db, { metric: "trade" });
  const byValue = new Map(facts.map((f) => [`${f.value}|${f.period}`, f]));
  assert.equal(byValue.get("196640000000|2024")?.consensus, c.id);
  assert.equal(byValue.get("208200000000|2024")?.consensus, c.id, "both sides point at the conflict");
  assert.equal(byValue.get("196640000000|2023")?.consensus, true, "2023 is another point of the series");
  // FDI 11 bn (2023) and 7.6 bn (2024): a change over time
  for (const f of listFacts(db, { metric: "investment" })) assert.equal(f.consensus, true);
  const sides = (c.detail as { sides: { values: number[] }[] }).sides;
  assert.equal(sides.length, 2);
  assert.ok(sides.some((s) => s.values.includes(208.2e9) && s.values.includes(210e9)), "about 210 bn sides with 208.2 bn");
  quotesAreExact(db);
});

test("a later batch that removes the disagreement (new version of the source) clears the conflict", () => {
  const wrong = trade2024("en/wrong.txt", "en", "Two-way trade between ASEAN and Korea reached US$196.64 billion in 2024, officials said.", "US$196.64 billion", 196.64e9, 1e7);
  const fixed = trade2024("en/wrong.txt", "en", "Two-way trade between ASEAN and Korea reached US$208.2 billion in 2024, officials said.", "US$208.2 billion", 208.2e9, 1e8);
  const db = store([A.summit26en(), wrong], [fixed]);
  assert.equal(listDiscrepancies(db, { kind: "conflict" }).length, 0);
  for (const f of listFacts(db, { metric: "trade" })) assert.equal(f.consensus, true);
});

const investorRank = (source: string, published: string, text: string, surface: string, value: number, period: string | null = null) => article({
  source, language: "en", published, text,
  facts: [{ metric: "rank", value, unit: "rank", period, status: "actual", parties: [KR, ASEAN], surface }],
});

test("ranks: contradicting ranks of the same thing and year are a rank discrepancy; other years or other things are not", () => {
  const a = investorRank("en/r1.txt", "2025-05-02", "The RoK was ASEAN's sixth-largest investor in 2024, according to the ASEAN Secretariat.", "sixth-largest", 6, "2024");
  const b = investorRank("en/r2.txt", "2025-06-10", "Korea is now the seventh-largest investor in ASEAN, with FDI of $7.6 billion in 2024.", "seventh-largest", 7);
  // the rank's own period is unstated: the FDI figure beside it dates it to 2024
  b.facts.push({ ...b.facts[0], metric: "investment", value: 7.6e9, unit: "USD", period: "2024", surface: "$7.6 billion", precision: 1e8 });
  const db = store([a, b]);
  const ranks = listDiscrepancies(db, { kind: "rank" });
  assert.equal(ranks.length, 1);
  assert.match(ranks[0].description, /6th.*7th|7th.*6th/);
  quotesAreExact(db);

  // the 25th summit report (2023 figures: 6th investor) against the 26th (2024: 7th) is a change
  const db2 = store([A.summit25vi(), A.summit26en()]);
  assert.equal(listDiscrepancies(db2, { kind: "rank" }).length, 0);
  // 5th trading partner and 7th investor in one sentence rank different things
  const both = article({
    source: "en/both.txt", language: "en", published: "2025-10-27",
    text: "The RoK is ASEAN's fifth-largest trading partner and seventh-largest source of foreign direct investment in 2024.",
    facts: [
      { metric: "rank", value: 5, unit: "rank", period: null, status: "actual", parties: [KR, ASEAN], surface: "fifth-largest" },
      { metric: "rank", value: 7, unit: "rank", period: null, status: "actual", parties: [KR, ASEAN], surface: "seventh-largest" },
    ],
  });
  assert.equal(listDiscrepancies(store([both]), { kind: "rank" }).length, 0);
});

test("ranks without a period, from reports of unknown date and no dated figures, are not compared", () => {
  const a = investorRank("en/u1.txt", "", "Korea is a leading investor, ranked sixth-largest investor in the bloc.", "sixth-largest", 6);
  const b = investorRank("en/u2.txt", "", "Korea ranks as the seventh-largest investor in the region.", "seventh-largest", 7);
  a.published = null; b.published = null;
  assert.equal(listDiscrepancies(store([a, b]), { kind: "rank" }).length, 0);
});

const kadif = (source: string, language: string, text: string, expansion: string) => article({
  source, language, published: "2025-10-27", text,
  mentions: [{ ref: "initiative:KADIF", surface: "KADIF", expansion }],
});

test("one acronym expanded differently by different sources is an expansion discrepancy; a translation is not", () => {
  const nl = kadif("nl/k.txt", "nl", "Initiatieven zoals het ASEAN-Korea Digital Innovation Fund (KADIF) hebben de digitale capaciteit vergroot.", "ASEAN-Korea Digital Innovation Fund");
  const en = A.summit26en();
  const dlg = A.dialogue28en();
  const akftaEn = article({ source: "en/akfta.txt", language: "en", text: "Talks on upgrading the ASEAN-Korea Free Trade Agreement (AKFTA) will start in 2026.", mentions: [{ ref: "agreement:AKFTA", surface: "AKFTA", expansion: "ASEAN-Korea Free Trade Agreement" }] });
  const akftaNl = article({ source: "nl/akfta.txt", language: "nl", text: "In 2026 starten gesprekken om de ASEAN-Korea Vrijhandelsovereenkomst (AKFTA) te verbeteren.", mentions: [{ ref: "agreement:AKFTA", surface: "AKFTA", expansion: "ASEAN-Korea Vrijhandelsovereenkomst" }] });
  const akftaEn2 = article({ source: "en/akfta2.txt", language: "en", text: "The Korea-ASEAN Free Trade Agreement (AKFTA) entered into force in 2007.", mentions: [{ ref: "agreement:AKFTA", surface: "AKFTA", expansion: "Korea-ASEAN Free Trade Agreement" }] });
  const db = store([nl, en], [dlg, akftaEn, akftaNl, akftaEn2]);
  const found = listDiscrepancies(db, { kind: "expansion" });
  assert.equal(found.length, 1, JSON.stringify(found.map((d) => d.description)));
  const d = found[0];
  for (const head of ["Fund", "Flagship", "Framework"]) assert.match(d.description, new RegExp(head));
  assert.equal(new Set(d.evidence.map((e) => e.document)).size, 3);
  quotesAreExact(db);
});

test("an acronym with one long form, or with unrelated ones, has no discrepancy until a related variant arrives in a later batch", () => {
  const crc = (source: string, language: string, text: string, expansion: string) => article({
    source, language, published: "2025-06-01", text, mentions: [{ ref: "organization:CRC", surface: "CRC", expansion }],
  });
  // Two things share the acronym: different words, so not a discrepancy.
  const a = crc("en/crc1.txt", "en", "The Korea Coast Guard briefed the Coastal Rescue Centre (CRC) on the drill.", "Coastal Rescue Centre");
  const b = crc("en/crc2.txt", "en", "Seoul ratified the Convention on the Rights of the Child (CRC) long ago.", "Convention on the Rights of the Child");
  const c = crc("en/crc3.txt", "en", "Staff of the Coastal Rescue Centre (CRC) joined the ASEAN exercise.", "Coastal Rescue Centre");
  const db = store([a, b], [c]);
  assert.equal(listDiscrepancies(db, { kind: "expansion" }).length, 0);
  // A later batch spells the rescue centre differently: now the acronym is in question, and
  // every earlier mention of it, read back from the store, is evidence.
  const d = crc("en/crc4.txt", "en", "Officers of the Coastal Rescue Center (CRC) met Vietnamese counterparts.", "Coastal Rescue Center");
  const w = new BatchWriter(db);
  w.add(d);
  w.finish();
  const found = listDiscrepancies(db, { kind: "expansion" });
  assert.equal(found.length, 1, JSON.stringify(found.map((x) => x.description)));
  assert.deepEqual(new Set(found[0].evidence.map((e) => e.document)), new Set([a.id, b.id, c.id, d.id]));
  assert.match(found[0].description, /Coastal Rescue Centre.*Coastal Rescue Center|Coastal Rescue Center.*Coastal Rescue Centre/);
  quotesAreExact(db);
});

test("a person spelled two incompatible ways in one document is a spelling discrepancy; spacing, diacritics and short forms are not", () => {
  const text = "Deputy Minister Chung Byung-won co-chaired the 28th ASEAN-RoK Dialogue. " +
    "Jeong Byeong-won also asked for support from ASEAN member countries. " +
    "President Lee Jae Myung sent greetings. Lee Jae-myung will attend the summit. Lee said the talks went well. " +
    "General Secretary Tô Lâm and To Lam are the same spelling.";
  const doc = article({
    source: "en/spell.txt", language: "en", text,
    mentions: [
      { ref: "person:chung byung won", surface: "Chung Byung-won" }, { ref: "person:chung byung won", surface: "Jeong Byeong-won" },
      { ref: "person:lee jae myung", surface: "Lee Jae Myung" }, { ref: "person:lee jae myung", surface: "Lee Jae-myung" },
      { ref: "person:lee jae myung", surface: "Lee", occurrence: 2 },
      { ref: "person:to lam", surface: "Tô Lâm" }, { ref: "person:to lam", surface: "To Lam" },
    ],
  });
  const db = store([doc]);
  const found = listDiscrepancies(db, { kind: "spelling" });
  assert.equal(found.length, 1, JSON.stringify(found.map((d) => d.description)));
  assert.match(found[0].description, /Chung Byung-won/);
  assert.match(found[0].description, /Jeong Byeong-won/);
  assert.equal(found[0].evidence.length, 2);
  quotesAreExact(db);
});

test("the two spellings in two different documents are not a within-document spelling discrepancy", () => {
  const a = article({ source: "a.txt", language: "en", text: "Chung Byung-won co-chaired the dialogue.", mentions: [{ ref: "person:chung byung won", surface: "Chung Byung-won" }] });
  const b = article({ source: "b.txt", language: "en", text: "Jeong Byeong-won co-chaired the dialogue.", mentions: [{ ref: "person:chung byung won", surface: "Jeong Byeong-won" }] });
  assert.equal(listDiscrepancies(store([a, b]), { kind: "spelling" }).length, 0);
});

test("a false rendering is flagged only in its language and in the context that makes it wrong", () => {
  const vietnam = article({
    source: "nl/oostzee.txt", language: "nl", published: "2025-10-27",
    text: "Premier Pham Minh Chinh sprak op de top. ASEAN en de Republiek Korea moeten samen de Oostzee ontwikkelen tot een zee van vrede. Vietnam steunt de dialoog.",
    mentions: [{ ref: ASEAN, surface: "ASEAN" }, { ref: "country:VN", surface: "Vietnam" }],
  });
  const baltic = article({
    source: "nl/baltic.txt", language: "nl", published: "2025-10-27",
    text: "Zweden en Finland houden een marine-oefening in de Oostzee. De NAVO kijkt mee.",
  });
  const english = article({
    source: "en/eastsea.txt", language: "en", published: "2025-10-27",
    text: "Vietnam and ASEAN want to build the East Sea into a sea of peace. The Dutch word Oostzee was not used here.",
  });
  const db = store([vietnam, baltic, english]);
  const found = listDiscrepancies(db, { kind: "translation" });
  assert.equal(found.length, 1, JSON.stringify(found.map((d) => d.description)));
  assert.equal(found[0].evidence[0].document, vietnam.id);
  assert.match(found[0].evidence[0].quote, /Oostzee/);
  assert.match(found[0].description, /Baltic/);
  quotesAreExact(db);
});

test("reconciling twice gives the same discrepancies (ids are stable, nothing duplicates)", () => {
  const nl = kadif("nl/k.txt", "nl", "Het ASEAN-Korea Digital Innovation Fund (KADIF) groeit.", "ASEAN-Korea Digital Innovation Fund");
  const db = store([nl, A.summit26en()], [A.dialogue28en()], [A.summit26en()]);
  const ids = listDiscrepancies(db).map((d) => d.id);
  assert.equal(new Set(ids).size, ids.length);
  assert.equal(listDiscrepancies(db, { kind: "expansion" }).length, 1);
});

test("acronyms defined in the text count even when the recogniser did not record the expansion", () => {
  const mk = (source: string, language: string, text: string, long: string) => article({
    source, language, published: "2025-10-27", text,
    mentions: [{ ref: "initiative:KADIF", surface: long }, { ref: "initiative:KADIF", surface: "KADIF" }],
  });
  const a = mk("nl/a.txt", "nl", "Het ASEAN-Korea Digital Innovation Fund (KADIF) heeft talent gekoesterd.", "ASEAN-Korea Digital Innovation Fund");
  const b = mk("en/b.txt", "en", "Projects such as the Korea–ASEAN Digital Innovation Flagship (KADIF) have strengthened capacity.", "Korea–ASEAN Digital Innovation Flagship");
  const c = mk("en/c.txt", "en", "The KADIF (Korea-ASEAN Digital Innovation Framework) received 30 million USD.", "Korea-ASEAN Digital Innovation Framework");
  const db = store([a, b], [c]);
  const found = listDiscrepancies(db, { kind: "expansion" });
  assert.equal(found.length, 1);
  assert.equal(new Set(found[0].evidence.map((e) => e.document)).size, 3);
  quotesAreExact(db);
});

test("figures added batch by batch end as in one batch: an agreeing group is skipped, then a conflicting report reopens it", () => {
  // 208.2 bn (summit reports), then "about 210 bn" (agrees within its rounding), then 196.64 bn (conflicts).
  const rounded = trade2024("en/rounded.txt", "en", "Trade between the two sides stood at about US$210 billion in 2024.", "US$210 billion", 210e9, 1e9, true);
  const wrong = trade2024("en/wrong.txt", "en", "Two-way trade between ASEAN and Korea reached US$196.64 billion in 2024, officials said.", "US$196.64 billion", 196.64e9, 1e7);
  const tradeVi = trade2024("vi/thuongmai.txt", "vi", "Kim ngạch thương mại ASEAN - Hàn Quốc năm 2024 đạt 208,2 tỷ USD.", "208,2 tỷ USD", 208.2e9, 1e8);
  const dump = (db: ReturnType<typeof openDb>) => ({
    facts: db.prepare("SELECT id, consensus FROM facts ORDER BY id").all(),
    discrepancies: db.prepare("SELECT id, kind, description, entities, evidence, detail, scope FROM discrepancies ORDER BY id").all(),
  });
  const incremental = store([A.summit26en(), A.summit26nl()], [rounded], [tradeVi], [wrong]);
  const once = store([A.summit26en(), A.summit26nl(), rounded, tradeVi, wrong]);
  assert.deepEqual(dump(incremental), dump(once));
  const conflicts = listDiscrepancies(incremental, { kind: "conflict" });
  assert.equal(conflicts.length, 1);
  assert.equal(new Set(conflicts[0].evidence.map((e) => e.document)).size, 5, "every report of 2024 trade is evidence");
  // Before the conflicting report, the group was summed up as agreeing; after it, it is not.
  const agreeing = store([A.summit26en(), A.summit26nl()], [rounded]);
  const series = (agreeing.prepare("SELECT series FROM facts WHERE metric = 'trade' AND period = '2024'").get() as { series: string }).series;
  const bounds = agreeing.prepare("SELECT lo, hi FROM fact_group_bounds WHERE series = ? AND period = '2024'").get(series) as { lo: number; hi: number } | undefined;
  assert.ok(bounds && bounds.lo < bounds.hi && bounds.lo <= 208.2e9 && bounds.hi >= 208.2e9);
  assert.equal(incremental.prepare("SELECT 1 FROM fact_group_bounds WHERE series = ? AND period = '2024'").get(series), undefined);
  quotesAreExact(incremental);
});
