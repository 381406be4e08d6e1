// Acronym discrepancies kept flat (migration 7): a batch reads the acronym's summary rows and its
// own mentions, and appends evidence rows. These tests check that what it keeps is what redoing
// the acronym from every mention gives, whatever the batches.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openDb, type Db } from "../../src/store/db.ts";
import { writeBatches } from "../store-batches.ts";
import { listDiscrepancies } from "../../src/store/read.ts";
import { expansionDiscrepancy, summarizeExpansion, involvedMentions, variantId, type ExpansionMention, type VariantSummary } from "../../src/reconcile/expansion.ts";
import type { DocumentAnalysis } from "../../src/model.ts";
import { article } from "../cluster/build.ts";

/** Long forms of one acronym (`CRC`) as sources write them, in several languages. */
const FORMS: [string, string][] = [
  ["Coastal Rescue Centre", "en"], ["Coastal Rescue Center", "en"], ["coastal rescue centre", "en"],
  ["Convention on the Rights of the Child", "en"], ["Centre de Recherche Côtière", "fr"], ["Centre de Recherches Côtières", "fr"],
  ["Kustreddingscentrum", "nl"], ["Kust Reddings Centrum", "nl"], ["Trung tâm Cứu hộ Ven biển", "vi"], ["Trung tâm Cứu nạn Ven biển", "vi"],
];

/** A small deterministic generator (no randomness between runs). */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

function summaryOf(mentions: (ExpansionMention & { seq: number })[]): VariantSummary[] {
  const out = new Map<string, VariantSummary>();
  for (const m of mentions) {
    const k = `${m.expansion}|${m.language}|${m.entityId}`;
    const r = out.get(k);
    if (r) r.last = m.seq;
    else out.set(k, { expansion: m.expansion, language: m.language, entity: m.entityId, first: m.seq, last: m.seq });
  }
  return [...out.values()];
}

test("the summary rows give the description, entities and taking-part variants that every mention gives", () => {
  let withDiscrepancy = 0;
  for (let seed = 1; seed <= 400; seed++) {
    const rnd = lcg(seed);
    const n = 2 + Math.floor(rnd() * 14);
    const forms = FORMS.filter(() => rnd() < 0.5);
    if (forms.length === 0) continue;
    const mentions = Array.from({ length: n }, (_, i) => {
      const [expansion, language] = forms[Math.floor(rnd() * forms.length)];
      const entityId = `organization:CRC${Math.floor(rnd() * 3)}`;
      return { acronym: "CRC", expansion, language, entityId, document: `doc${i}`, quote: `q${i}`, seq: 10 * i + 3 };
    });
    const whole = expansionDiscrepancy("CRC", mentions);
    const flat = summarizeExpansion("CRC", summaryOf(mentions));
    assert.equal(flat === null, whole === null, `seed ${seed}`);
    if (!whole || !flat) continue;
    withDiscrepancy++;
    assert.equal(flat.description, whole.description, `seed ${seed}`);
    assert.deepEqual(flat.entities, whole.entities, `seed ${seed}`);
    assert.deepEqual(flat.involved, new Set(involvedMentions("CRC", mentions).map((m) => variantId(m.expansion, m.language))), `seed ${seed}`);
  }
  assert.ok(withDiscrepancy > 50, `only ${withDiscrepancy} cases with a discrepancy`);
});

const crc = (source: string, language: string, text: string, expansion: string, entity = "organization:CRC") => article({
  source, language, published: "2025-06-01", text, mentions: [{ ref: entity, surface: "CRC", expansion }],
});

const ARTICLES = (): DocumentAnalysis[] => [
  crc("en/crc1.txt", "en", "The Korea Coast Guard briefed the Coastal Rescue Centre (CRC) on the drill.", "Coastal Rescue Centre"),
  crc("en/crc2.txt", "en", "Seoul ratified the Convention on the Rights of the Child (CRC) long ago.", "Convention on the Rights of the Child", "agreement:CRC"),
  crc("fr/crc3.txt", "fr", "Le Centre de Recherche Côtière (CRC) a accueilli des chercheurs coréens.", "Centre de Recherche Côtière"),
  crc("en/crc4.txt", "en", "Officers of the Coastal Rescue Center (CRC) met Vietnamese counterparts.", "Coastal Rescue Center"),
  crc("vi/crc5.txt", "vi", "Trung tâm Cứu hộ Ven biển (CRC) đã tiếp đoàn Hàn Quốc.", "Trung tâm Cứu hộ Ven biển"),
  crc("fr/crc6.txt", "fr", "Le Centre de Recherches Côtières (CRC) publie un rapport sur la mer de l'Est.", "Centre de Recherches Côtières"),
  crc("en/crc7.txt", "en", "Staff of the coastal rescue centre (CRC) joined the ASEAN exercise.", "coastal rescue centre"),
  crc("vi/crc8.txt", "vi", "Trung tâm Cứu nạn Ven biển (CRC) phối hợp với Hàn Quốc.", "Trung tâm Cứu nạn Ven biển"),
];

const ingest = writeBatches;

/** Expansion discrepancies with their evidence as a set (its order is insertion order). */
function expansions(db: Db) {
  return listDiscrepancies(db, { kind: "expansion" }).map((d) => ({
    ...d, evidence: [...d.evidence].sort((a, b) => (a.document + a.quote).localeCompare(b.document + b.quote)),
  }));
}

test("acronym mentions added batch by batch end as in one batch, whatever the split", () => {
  const all = ARTICLES();
  const reference = expansions(ingest(openDb(":memory:"), [all]));
  assert.equal(reference.length, 1);
  // Every source: the convention spells CRC out too, so it is in the pool of spelled-out forms.
  assert.equal(new Set(reference[0].evidence.map((e) => e.document)).size, 8);
  const splits = [[1, 7], [2, 4, 6], [1, 2, 3, 4, 5, 6, 7], [5], [3, 6]];
  for (const cuts of splits) {
    const batches: DocumentAnalysis[][] = [];
    let from = 0;
    for (const c of [...cuts, all.length]) { batches.push(all.slice(from, c)); from = c; }
    const db = ingest(openDb(":memory:"), batches);
    assert.deepEqual(expansions(db), reference, `cuts ${cuts.join(",")}`);
    // The raw order is the order mentions were stored in, the same on every run.
    assert.deepEqual(listDiscrepancies(ingest(openDb(":memory:"), batches)), listDiscrepancies(db));
  }
});

test("a batch appends only its own rows: earlier evidence rows stay as they were", () => {
  const all = ARTICLES();
  const db = ingest(openDb(":memory:"), [all.slice(0, 4)]);
  const rows = () => db.prepare("SELECT discrepancy_id, seq, document, quote, side FROM discrepancy_evidence ORDER BY discrepancy_id, seq").all();
  const before = rows();
  assert.ok(before.length >= 2);
  ingest(db, [all.slice(4)]);
  const after = rows();
  assert.deepEqual(after.slice(0, before.length), before);
  assert.ok(after.length > before.length);
});

test("a new version of a source takes its mention out of the evidence, and the discrepancy with it", () => {
  const a = crc("en/a.txt", "en", "The Coastal Rescue Centre (CRC) opened in Busan.", "Coastal Rescue Centre");
  const b = crc("en/b.txt", "en", "The Coastal Rescue Center (CRC) trains ASEAN crews.", "Coastal Rescue Center");
  const b2 = crc("en/b.txt", "en", "The Coastal Rescue Centre (CRC) trains ASEAN crews every spring.", "Coastal Rescue Centre");
  const db = ingest(openDb(":memory:"), [[a, b]]);
  assert.equal(expansions(db).length, 1);
  ingest(db, [[b2]]);
  assert.equal(expansions(db).length, 0);
  assert.equal((db.prepare("SELECT COUNT(*) AS n FROM discrepancy_evidence").get() as { n: number }).n, 0);
  // And back: a third source spells it the other way again.
  const c = crc("en/c.txt", "en", "The Coastal Rescue Center (CRC) hosted Thai officers.", "Coastal Rescue Center");
  ingest(db, [[c]]);
  const found = expansions(db);
  assert.equal(found.length, 1);
  assert.deepEqual(new Set(found[0].evidence.map((e) => e.document)), new Set([a.id, b2.id, c.id]));
  for (const e of found[0].evidence) {
    const text = (db.prepare("SELECT text FROM documents WHERE id = ?").get(e.document) as { text: string }).text;
    assert.ok(text.includes(e.quote), e.quote);
  }
});
