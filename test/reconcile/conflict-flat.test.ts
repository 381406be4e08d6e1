// Figure groups in conflict kept flat (migration 7): a batch extends the group's summary with its
// own statements and appends them as evidence. What it keeps must be what judging every
// statement of the group gives.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openDb, type Db } from "../../src/store/db.ts";
import { writeBatches } from "../store-batches.ts";
import { listDiscrepancies, listFacts } from "../../src/store/read.ts";
import { summarizeConflict, extendConflict, conflictDescription } from "../../src/reconcile/conflict.ts";
import { reconcileSeries, type FactStatement } from "../../src/reconcile/series.ts";
import { ReconcileStore } from "../../src/reconcile/queries.ts";
import type { DocumentAnalysis } from "../../src/model.ts";
import { article } from "../cluster/build.ts";

const KR = "country:KR", ASEAN = "organization:ASEAN";

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

/** Trade figures as sources round them: 208.2 bn, about 210 bn, 196.64 bn, 208 bn, 150 bn… */
const STATED: [number, number, boolean][] = [
  [208.2e9, 1e8, false], [210e9, 1e9, true], [196.64e9, 1e7, false], [208e9, 1e9, false], [150e9, 1e9, false],
  [197e9, 1e9, true], [196.6e9, 1e8, false], [209e9, 1e9, false], [151.3e9, 1e8, false], [200e9, 1e10, false],
];

function statement(i: number, doc: number, [value, precision, approximate]: [number, number, boolean]): FactStatement {
  return {
    factId: `fact_${value}`, seq: i, series: "trade|USD|actual|ASEAN,KR", metric: "trade", status: "actual", period: "2024",
    parties: [ASEAN, KR], subject: null, document: `doc${doc}`, language: "en", quote: `Trade reached ${value} (${doc}).`,
    surface: String(value), published: "2025-03-01", sentencePeriods: [], value, precision, approximate, unit: "USD",
  };
}

test("a summary extended by new statements is the summary of all of them, or it gives way", () => {
  const names = (id: string) => id.split(":")[1];
  let extended = 0, gaveWay = 0;
  for (let seed = 1; seed <= 500; seed++) {
    const rnd = lcg(seed);
    const n = 3 + Math.floor(rnd() * 12);
    const cut = 1 + Math.floor(rnd() * (n - 1));
    // A batch's documents are new to the group (a stored one would be caught by its seq).
    const all = Array.from({ length: n }, (_, i) => statement(i + 1, Math.floor(rnd() * 6) + (i >= cut ? 10 : 0), STATED[Math.floor(rnd() * STATED.length)]));
    const old = all.slice(0, cut), added = all.slice(cut);
    const whole = reconcileSeries("s", all, names).discrepancies[0];
    const before = reconcileSeries("s", old, names).discrepancies[0];
    if (!before) continue; // only groups already in conflict are extended
    const next = extendConflict(summarizeConflict("s", "2024", old), added);
    if (!next) { gaveWay++; continue; }
    extended++;
    assert.ok(whole, `seed ${seed}: still a conflict`);
    const reference = summarizeConflict("s", "2024", all);
    assert.deepEqual(next.sides, reference.sides, `seed ${seed}`);
    assert.equal(next.last, reference.last);
    assert.equal(conflictDescription(next, names), whole.description, `seed ${seed}`);
  }
  assert.ok(extended > 100 && gaveWay > 10, `extended ${extended}, gave way ${gaveWay}`);
});

const trade2024 = (source: string, language: string, text: string, surface: string, value: number, precision: number, approximate = false) => article({
  source, language, published: "2025-03-01", text,
  facts: [{ metric: "trade", value, unit: "USD", period: "2024", status: "actual", parties: [ASEAN, KR], surface, precision, approximate }],
});

const REPORTS = (): DocumentAnalysis[] => [
  trade2024("en/a.txt", "en", "Two-way trade between ASEAN and Korea reached US$208.2 billion in 2024.", "US$208.2 billion", 208.2e9, 1e8),
  trade2024("en/b.txt", "en", "Two-way trade between ASEAN and Korea reached US$196.64 billion in 2024, officials said.", "US$196.64 billion", 196.64e9, 1e7),
  trade2024("vi/c.txt", "vi", "Kim ngạch thương mại ASEAN - Hàn Quốc năm 2024 đạt 208,2 tỷ USD.", "208,2 tỷ USD", 208.2e9, 1e8),
  trade2024("nl/d.txt", "nl", "De handel tussen ASEAN en Korea bedroeg in 2024 ongeveer 210 miljard dollar.", "210 miljard dollar", 210e9, 1e9, true),
  trade2024("fr/e.txt", "fr", "Les échanges entre l'ASEAN et la Corée ont atteint 196,6 milliards de dollars en 2024.", "196,6 milliards de dollars", 196.6e9, 1e8),
  trade2024("de/f.txt", "de", "Der Handel zwischen ASEAN und Korea lag 2024 bei 150 Milliarden Dollar.", "150 Milliarden Dollar", 150e9, 1e9),
  trade2024("en/g.txt", "en", "ASEAN-Korea trade came to US$208 billion in 2024.", "US$208 billion", 208e9, 1e9),
];

const ingest = writeBatches;

const bySource = (a: { document: string; quote: string }, b: { document: string; quote: string }) => (a.document + a.quote).localeCompare(b.document + b.quote);

/** Conflicts with evidence and each side's sources as sets, and every fact's consensus. */
function conflicts(db: Db) {
  return {
    discrepancies: listDiscrepancies(db, { kind: "conflict" }).map((d) => {
      const detail = d.detail as { sides: { values: number[]; facts: string[]; sources: { document: string; quote: string }[] }[] };
      return { ...d, evidence: [...d.evidence].sort(bySource), detail: { ...detail, sides: detail.sides.map((s) => ({ ...s, facts: [...s.facts].sort(), sources: [...s.sources].sort(bySource) })) } };
    }),
    facts: listFacts(db, { metric: "trade" }).map((f) => [f.id, f.consensus]),
  };
}

test("a group in conflict grows batch by batch as in one batch, including a new side", () => {
  const all = REPORTS();
  const reference = conflicts(ingest(openDb(":memory:"), [all]));
  assert.equal(reference.discrepancies.length, 1);
  assert.match(reference.discrepancies[0].description, /150 .*vs.*196.*vs.*208/);
  // The record assembled from summary and rows is the one judging every statement writes.
  const db0 = ingest(openDb(":memory:"), [all]);
  const series = (db0.prepare("SELECT series FROM facts LIMIT 1").get() as { series: string }).series;
  const names = (id: string) => (db0.prepare("SELECT name FROM entities WHERE id = ?").get(id) as { name: string } | undefined)?.name ?? id;
  const whole = reconcileSeries(series, new ReconcileStore(db0).seriesStatements(series), names).discrepancies[0];
  const [flat] = listDiscrepancies(db0, { kind: "conflict" });
  const sorted = (d: typeof whole) => ({ ...d, evidence: [...d.evidence].sort(bySource), detail: { ...(d.detail as object), sides: (d.detail as { sides: { values: number[]; facts: string[]; sources: { document: string; quote: string }[] }[] }).sides.map((x) => ({ ...x, facts: [...x.facts].sort(), sources: [...x.sources].sort(bySource) })) } });
  assert.deepEqual(sorted({ ...flat, scope: whole.scope }), sorted(whole));
  for (const cuts of [[2], [2, 4, 6], [2, 3, 4, 5, 6], [3, 5]]) {
    const batches: DocumentAnalysis[][] = [];
    let from = 0;
    for (const c of [...cuts, all.length]) { batches.push(all.slice(from, c)); from = c; }
    const db = ingest(openDb(":memory:"), batches);
    assert.deepEqual(conflicts(db), reference, `cuts ${cuts.join(",")}`);
    assert.deepEqual(listDiscrepancies(ingest(openDb(":memory:"), batches)), listDiscrepancies(db), "the same bytes on every run");
  }
});

test("a later batch appends its statements to a group in conflict and leaves the earlier rows alone", () => {
  const all = REPORTS();
  const db = ingest(openDb(":memory:"), [all.slice(0, 3)]);
  const rows = () => db.prepare("SELECT * FROM discrepancy_evidence ORDER BY discrepancy_id, seq").all();
  const before = rows();
  assert.equal(before.length, 3);
  ingest(db, [all.slice(3, 5)]);
  const after = rows();
  assert.deepEqual(after.slice(0, 3), before);
  assert.equal(after.length, 5);
  const [d] = listDiscrepancies(db, { kind: "conflict" });
  assert.match(d.description, /(196.6|196.64).*\(2 sources\).*vs.*208.*\(3 sources\)/);
});

test("a new version of a source that settles the conflict clears its evidence rows", () => {
  const [a, b] = REPORTS();
  const fixed = trade2024("en/b.txt", "en", "Two-way trade between ASEAN and Korea reached US$208.2 billion in 2024, officials said.", "US$208.2 billion", 208.2e9, 1e8);
  const db = ingest(openDb(":memory:"), [[a, b]]);
  assert.equal(listDiscrepancies(db, { kind: "conflict" }).length, 1);
  ingest(db, [[fixed]]);
  assert.equal(listDiscrepancies(db, { kind: "conflict" }).length, 0);
  assert.equal((db.prepare("SELECT COUNT(*) AS n FROM discrepancy_evidence").get() as { n: number }).n, 0);
});
