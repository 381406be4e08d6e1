// Migration 5 rebuilds story_signals clustered by token and adds fact_group_bounds. A store
// written under migration 4 must come out with the same postings, without the old indexes, and
// go on assigning stories and reconciling as a store that never was at version 4.
import { test } from "node:test";
import assert from "node:assert/strict";
import Database from "better-sqlite3";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { migrations } from "../../src/store/migrations.ts";
import { openDb, schemaVersion, latestVersion, type Db } from "../../src/store/db.ts";
import { exportDocuments, exportFacts, exportDiscrepancies, exportEntities, exportEvents } from "../../src/export/export.ts";
import { writeBatches } from "../store-batches.ts";
import type { DocumentAnalysis } from "../../src/model.ts";
import { listDiscrepancies } from "../../src/store/read.ts";
import { article } from "../cluster/build.ts";
import * as A from "../cluster/articles.ts";

/** A store at schema 4, made the way openDb made it before migration 5 existed. */
function storeAtVersion4(path: string): Db {
  const db = new Database(path);
  db.pragma("foreign_keys = ON");
  db.exec("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
  for (const m of migrations.filter((x) => x.version <= 4)) {
    db.exec(m.sql);
    db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)").run(m.version, m.name, "2026-01-01T00:00:00Z");
  }
  return db;
}

/**
 * How to take each migration after 4 back, newest first, so that the tests below can turn a current
 * store into what an older schema made of the same data. A migration without an entry here fails
 * the check below: each new migration must say how to undo it, or these tests would silently test
 * a store that is newer than they claim.
 */
const UNDO: Record<number, string> = {
  8: "ALTER TABLE events DROP COLUMN reported",
  7: "DROP TABLE discrepancy_evidence; DROP TABLE expansion_variants",
  6: "DROP INDEX documents_current",
  // Story postings back in a rowid table with its two indexes, no figure-group bounds.
  5: `
    CREATE TABLE story_signals_v4 (token TEXT NOT NULL, story_id TEXT NOT NULL REFERENCES stories(id), weight REAL NOT NULL, PRIMARY KEY (token, story_id));
    INSERT INTO story_signals_v4 SELECT token, story_id, weight FROM story_signals;
    DROP TABLE story_signals;
    ALTER TABLE story_signals_v4 RENAME TO story_signals;
    CREATE INDEX story_signals_story ON story_signals(story_id);
    CREATE INDEX story_signals_cover ON story_signals(token, story_id, weight);
    DROP TABLE fact_group_bounds;`,
};

/** Undoes every migration newer than `version`, newest first, and forgets them. */
function undoMigrationsAfter(db: Database.Database, version: number): void {
  for (const m of [...migrations].reverse()) {
    if (m.version <= version) break;
    db.exec(UNDO[m.version]);
  }
  db.prepare("DELETE FROM schema_migrations WHERE version > ?").run(version);
}

test("every migration after 4 says how to undo it (the downgrades below rely on it)", () => {
  for (const m of migrations.filter((x) => x.version > 4)) assert.ok(UNDO[m.version], `migration ${m.version} (${m.name}) has no undo`);
});

const postings = (db: Db) => db.prepare("SELECT token, story_id, weight FROM story_signals ORDER BY token, story_id").all();
const storyOf = (db: Db, d: DocumentAnalysis) => (db.prepare("SELECT story FROM documents WHERE id = ?").get(d.id) as { story: string }).story;

test("migration 5 keeps every posting of a version-4 store and drops the by-story index", () => {
  const dir = mkdtempSync(join(tmpdir(), "attache-mig-"));
  try {
    const path = join(dir, "store.db");
    const old = storeAtVersion4(path);
    old.prepare("INSERT INTO stories (id, title, first_seen, profile) VALUES ('story_a', 'Summit', '2025-10-26', NULL), ('story_b', 'Visit', '2025-03-01', NULL)").run();
    const insert = old.prepare("INSERT INTO story_signals (token, story_id, weight) VALUES (?, ?, ?)");
    insert.run("e:organization:ASEAN", "story_a", 0.5);
    insert.run("e:organization:ASEAN", "story_b", 0.5);
    insert.run("ev:summit|asean|#26", "story_a", 6);
    insert.run("d:2025-03-01", "story_b", 1);
    const before = postings(old);
    old.close();

    const db = openDb(path);
    assert.equal(schemaVersion(db), latestVersion());
    assert.deepEqual(postings(db), before);
    const indexes = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'story_signals'").all() as { name: string }[]).map((r) => r.name);
    assert.ok(!indexes.includes("story_signals_story"));
    assert.ok(!indexes.includes("story_signals_cover"));
    const sql = (db.prepare("SELECT sql FROM sqlite_master WHERE name = 'story_signals'").get() as { sql: string }).sql;
    assert.match(sql, /WITHOUT ROWID/);
    // Still the unique key it was: a second posting of a token for the same story is refused.
    assert.throws(() => db.prepare("INSERT INTO story_signals (token, story_id, weight) VALUES ('d:2025-03-01', 'story_b', 2)").run(), /UNIQUE/);
    db.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/**
 * Turns a current store back into what schema 4 made of the same data: story postings in a
 * rowid table with its two indexes, no figure-group bounds.
 */
function downgradeTo4(path: string): void {
  const db = new Database(path);
  undoMigrationsAfter(db, 4);
  db.close();
}

test("a store migrated from version 4 in the middle of its life ends as a fresh store does", () => {
  const dir = mkdtempSync(join(tmpdir(), "attache-mig-"));
  try {
    const path = join(dir, "store.db");
    const first = [A.summit26nl(), A.summit25vi()];
    const second = [A.summit26en(), A.summit26vi(), A.stateVisitNl()];
    writeBatches(openDb(path), [first]);
    downgradeTo4(path);
    const v4 = new Database(path);
    assert.equal(schemaVersion(v4 as Db), 4);
    const before = postings(v4 as Db);
    v4.close();

    const db = openDb(path);
    assert.equal(schemaVersion(db), latestVersion());
    assert.deepEqual(postings(db), before);
    writeBatches(db, [second]);

    const fresh = writeBatches(openDb(":memory:"), [first, second]);
    for (const d of [...first, ...second]) assert.equal(storyOf(db, d), storyOf(fresh, d), d.source);
    assert.deepEqual(postings(db), postings(fresh));
    const facts = (x: Db) => x.prepare("SELECT id, consensus FROM facts ORDER BY id").all();
    const discrepancies = (x: Db) => x.prepare("SELECT id, description, evidence FROM discrepancies ORDER BY id").all();
    assert.deepEqual(facts(db), facts(fresh));
    assert.deepEqual(discrepancies(db), discrepancies(fresh));
    assert.equal(storyOf(db, A.summit26en()), storyOf(db, A.summit26nl()));
    db.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** What a store exports, section by section. */
const exported = (db: Db) => ({ documents: exportDocuments(db), entities: exportEntities(db), facts: exportFacts(db), events: exportEvents(db), discrepancies: exportDiscrepancies(db) });

test("migration 6 indexes current documents; an upgraded store exports and goes on reconciling as before", () => {
  const dir = mkdtempSync(join(tmpdir(), "attache-mig-"));
  try {
    const path = join(dir, "store.db");
    const first = [A.summit26nl(), A.summit25vi()];
    const second = [A.summit26en(), A.summit26vi(), A.stateVisitNl()];
    writeBatches(openDb(path), [first]);
    // Back to version 5: the same data without the index.
    const v5 = new Database(path);
    undoMigrationsAfter(v5, 5);
    assert.equal(schemaVersion(v5 as Db), 5);
    const before = exported(v5 as Db);
    v5.close();

    const db = openDb(path);
    assert.equal(schemaVersion(db), latestVersion());
    assert.ok(db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = 'documents_current'").get());
    assert.deepEqual(exported(db), before);
    // Reconciliation reads documents through the index now: a plan that still reads the rows
    // would make every statement of a common figure walk its document's text.
    const plan = db.prepare(`EXPLAIN QUERY PLAN SELECT d.language FROM fact_evidence fe JOIN documents d ON d.id = fe.document_id
      WHERE fe.fact_id = 'x' AND d.superseded_by IS NULL`).all() as { detail: string }[];
    assert.ok(plan.some((r) => /COVERING INDEX documents_current/.test(r.detail)), JSON.stringify(plan));
    writeBatches(db, [second]);

    const fresh = writeBatches(openDb(":memory:"), [first, second]);
    assert.deepEqual(exported(db), exported(fresh));
    db.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/**
 * Turns a current store back into what schema 6 made of the same data: every discrepancy's
 * evidence and detail written whole in its row, no evidence rows, no acronym summaries.
 */
function downgradeTo6(path: string): void {
  const db = new Database(path);
  const set = db.prepare("UPDATE discrepancies SET evidence = ?, detail = ? WHERE id = ?");
  for (const d of listDiscrepancies(db as Db)) set.run(JSON.stringify(d.evidence), JSON.stringify(d.detail), d.id);
  undoMigrationsAfter(db, 6);
  db.close();
}

const kadif = (source: string, language: string, text: string, expansion: string) => article({
  source, language, published: "2025-10-27", text, mentions: [{ ref: "initiative:KADIF", surface: "KADIF", expansion }],
});

test("migration 7: a version-6 store with acronym discrepancies exports the same, then goes on as a fresh store", () => {
  const dir = mkdtempSync(join(tmpdir(), "attache-mig-"));
  try {
    const path = join(dir, "store.db");
    const first = [
      kadif("nl/k1.txt", "nl", "Het ASEAN-Korea Digital Innovation Fund (KADIF) heeft talent gekoesterd.", "ASEAN-Korea Digital Innovation Fund"),
      kadif("en/k2.txt", "en", "Projects such as the Korea–ASEAN Digital Innovation Flagship (KADIF) have strengthened capacity.", "Korea–ASEAN Digital Innovation Flagship"),
      A.summit26nl(), A.summit25vi(),
    ];
    const second = [
      kadif("en/k3.txt", "en", "The Korea-ASEAN Digital Innovation Framework (KADIF) received 30 million USD.", "Korea-ASEAN Digital Innovation Framework"),
      kadif("vi/k4.txt", "vi", "Quỹ Đổi mới Sáng tạo Số ASEAN-Hàn Quốc (KADIF) đã hỗ trợ nhiều dự án.", "Quỹ Đổi mới Sáng tạo Số ASEAN-Hàn Quốc"),
      A.summit26en(), A.stateVisitNl(),
    ];
    writeBatches(openDb(path), [first]);
    downgradeTo6(path);
    const v6 = new Database(path);
    assert.equal(schemaVersion(v6 as Db), 6);
    const before = exported(v6 as Db);
    assert.equal(before.discrepancies.filter((d) => d.kind === "expansion").length, 1);
    v6.close();

    const db = openDb(path);
    assert.equal(schemaVersion(db), latestVersion());
    // Nothing is rewritten by the upgrade: the old rows carry their evidence.
    assert.deepEqual(exported(db), before);
    assert.equal((db.prepare("SELECT COUNT(*) AS n FROM discrepancy_evidence").get() as { n: number }).n, 0);
    writeBatches(db, [second]);

    const fresh = writeBatches(openDb(":memory:"), [first, second]);
    assert.deepEqual(exported(db), exported(fresh));
    const expansion = exported(db).discrepancies.filter((d) => d.kind === "expansion");
    assert.equal(expansion.length, 1);
    // The later English source joined the old evidence; the Vietnamese long form is a translation.
    const docs = new Set(expansion[0].evidence.map((e) => e.document));
    assert.ok(docs.has(second[0].id) && docs.has(first[0].id) && docs.has(first[1].id));
    assert.ok(!docs.has(second[1].id));
    db.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
