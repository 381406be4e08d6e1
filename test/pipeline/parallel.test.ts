import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { openDb, type Db } from "../../src/store/db.ts";
import { initLanguageDetection } from "../../src/detect/language.ts";
import { discoverInputs, type InputRef } from "../../src/ingest/discover.ts";
import { analyseSerially, ingestBatch, type AnalyserInput, type IngestReport } from "../../src/ingest/batch.ts";
import { InputError } from "../../src/ingest/errors.ts";
import { analyserFor, parallelAnalyser, WorkerPool, MIN_PARALLEL_INPUTS } from "../../src/pipeline/parallel.ts";
import { writeJsonExport } from "../../src/export/export.ts";
import { CorpusGenerator, loadPools, writeCorpus } from "../../bench/corpus/generate.ts";

function exportOf(db: Db): string {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (c: Buffer) => chunks.push(c));
  writeJsonExport(db, out);
  // Wall-clock stamps (ingested_at and the like) legitimately differ between two runs.
  return Buffer.concat(chunks).toString("utf8").replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z?/g, "<time>");
}

const outcome = (r: IngestReport) => ({ added: r.added, unchanged: r.unchanged, skipped: r.skipped });

test("parallel ingest stores exactly what serial ingest stores, in the same order", async () => {
  await initLanguageDetection();
  const root = mkdtempSync(join(tmpdir(), "attache-par-"));
  try {
    const corpus = writeCorpus(new CorpusGenerator(loadPools(), 7, 0.25), join(root, "c"), 0, 90);
    // Inputs that fail on the way: unreadable and empty files must be reported in input order too.
    writeFileSync(join(corpus.plain.dir, "empty.txt"), "");
    writeFileSync(join(corpus.plain.dir, "blank.txt"), "   \n\n  ");
    const { inputs } = discoverInputs([corpus.plain.dir, corpus.html.dir]);
    const refs: InputRef[] = [...inputs, { source: join(root, "missing.txt"), kind: "file" }, inputs[3]];
    assert.ok(refs.length >= MIN_PARALLEL_INPUTS);

    const serialDb = openDb(":memory:");
    const serial = await ingestBatch(serialDb, refs, { chunkSize: 16 }, analyseSerially);
    const parallelDb = openDb(":memory:");
    const parallel = await ingestBatch(parallelDb, refs, { chunkSize: 16 }, parallelAnalyser({ workers: 2, maxInFlight: 8 }));

    assert.ok(serial.added.length >= 80, `expected most documents stored, got ${serial.added.length}`);
    assert.equal(serial.unchanged.length, 1);
    assert.ok(serial.skipped.length >= 2);
    assert.deepEqual(outcome(parallel), outcome(serial));
    assert.equal(exportOf(parallelDb), exportOf(serialDb));
    serialDb.close();
    parallelDb.close();
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test("the pool yields in input order and never reads more than its window ahead", async () => {
  const maxInFlight = 6;
  const pool = new WorkerPool({ workers: 2, maxInFlight });
  try {
    let pulled = 0;
    function* inputs(): Generator<AnalyserInput> {
      for (let i = 0; i < 60; i++) {
        pulled++;
        if (i === 10) { yield new InputError(`in${i}.txt`, "unreadable"); continue; }
        // Uneven sizes so workers finish out of order.
        const body = `The ministers of Viet Nam and Korea met in Hanoi on Monday, document ${i}. `.repeat(1 + (i % 7) * 20);
        yield { source: `in${i}.txt`, bytes: new TextEncoder().encode(body) };
      }
    }
    let received = 0;
    for await (const r of pool.analyse(inputs())) {
      assert.equal(r.source, `in${received}.txt`);
      if (received === 10) assert.ok(r instanceof InputError);
      received++;
      assert.ok(pulled - received <= maxInFlight, `read ${pulled} inputs with only ${received} handed back`);
    }
    assert.equal(received, 60);
    // The pool is reusable for the next batch.
    const again = [];
    for await (const r of pool.analyse([{ source: "x.txt", bytes: new TextEncoder().encode("Ministers met in Seoul on Friday.") }])) again.push(r.source);
    assert.deepEqual(again, ["x.txt"]);
  } finally {
    await pool.close();
  }
});

test("a consumer that stops early leaves the pool usable", async () => {
  const pool = new WorkerPool({ workers: 1, maxInFlight: 4 });
  try {
    const many = Array.from({ length: 20 }, (_, i) => ({ source: `s${i}.txt`, bytes: new TextEncoder().encode(`Talks were held in Tokyo, round ${i}.`) }));
    for await (const r of pool.analyse(many)) { if (r.source === "s2.txt") break; }
    const sources = [];
    for await (const r of pool.analyse(many.slice(0, 3).map((m) => ({ ...m, bytes: new TextEncoder().encode(`Again ${m.source}.`) })))) sources.push(r.source);
    assert.deepEqual(sources, ["s0.txt", "s1.txt", "s2.txt"]);
  } finally {
    await pool.close();
  }
});

test("small batches stay on this thread", () => {
  const saved = process.env.ATTACHE_WORKERS;
  delete process.env.ATTACHE_WORKERS;
  try {
    assert.equal(analyserFor(MIN_PARALLEL_INPUTS - 1), analyseSerially);
    process.env.ATTACHE_WORKERS = "0";
    assert.equal(analyserFor(100000), analyseSerially);
  } finally {
    if (saved === undefined) delete process.env.ATTACHE_WORKERS;
    else process.env.ATTACHE_WORKERS = saved;
  }
});
