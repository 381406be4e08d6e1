// `npm run bench -- --scale [--steps 1000,10000,100000 --probe 1000 --workers N --keep store.db]`
// (or `node --import tsx bench/scale.ts …`): does ingest stay as fast as the store grows?
// For each step S it fills a fresh store up to S − probe documents, then times a probe batch of
// `probe` new documents, reporting ms per document and story-assignment ms per document at S.
// Each batch is generated into a temp folder, ingested, then deleted, so disk use stays small.
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir, availableParallelism } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { openDb } from "../src/store/db.ts";
import { initLanguageDetection } from "../src/detect/language.ts";
import { CorpusGenerator, loadPools, writeCorpus } from "./corpus/generate.ts";
import { benchAnalyser, ingestFolder, mb, parseArgs, processPeakRss, round, RssSampler } from "./lib.ts";

export async function runScale(args: Map<string, string>): Promise<void> {
  const steps = (args.get("steps") ?? "1000,10000,100000").split(",").map(Number).sort((a, b) => a - b);
  const probe = Number(args.get("probe") ?? 1000);
  const seed = Number(args.get("seed") ?? 1);
  const htmlShare = Number(args.get("html-share") ?? 0.2);
  const workers = Number(args.get("workers") ?? availableParallelism());
  const log = (s = "") => process.stdout.write(s + "\n");

  const root = mkdtempSync(join(tmpdir(), "attache-scale-"));
  const gen = new CorpusGenerator(loadPools(), seed, htmlShare);
  await initLanguageDetection();
  const db = openDb(join(root, "store.db"));
  const sampler = new RssSampler().start(200);
  log(`attache scale bench: steps ${steps.join(", ")}, probe ${probe} docs, ${Math.round(htmlShare * 100)}% HTML, ${workers === 0 ? "serial" : `${workers} workers`}`);

  let stored = 0;
  let batch = 0;
  const ingestRange = async (count: number) => {
    const dir = join(root, `batch${batch++}`);
    const c = writeCorpus(gen, dir, stored, count);
    // Both formats in one batch, as a real folder of mixed inputs would be.
    const run = await ingestFolder(db, dir, c.plain.bytes + c.html.bytes, benchAnalyser(workers));
    rmSync(dir, { recursive: true, force: true });
    stored += count;
    return run;
  };

  const rows: { at: number; msPerDoc: number; storyMsPerDoc: number; storeMsPerDoc: number; reconcileMsPerDoc: number; rssMb: number }[] = [];
  for (const step of steps) {
    const fill = step - probe - stored;
    if (fill > 0) {
      const t = performance.now();
      // Fill in slices so generated files on disk stay bounded (and RSS is sampled across batches).
      for (let left = fill; left > 0; left -= 20000) await ingestRange(Math.min(20000, left));
      log(`  filled to ${stored} documents in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    }
    const run = await ingestRange(probe);
    const t = run.report.timings;
    const row = {
      at: stored,
      msPerDoc: run.wallMs / run.docs,
      storyMsPerDoc: (t.stories ?? 0) / run.docs,
      storeMsPerDoc: (t.store ?? 0) / run.docs,
      // Reconciliation runs once per batch over what it touched: it grows if that does.
      reconcileMsPerDoc: (t.reconcile ?? 0) / run.docs,
      rssMb: mb(process.memoryUsage.rss()),
    };
    rows.push(row);
    log(`at ${String(stored).padStart(7)} stored: ${row.msPerDoc.toFixed(3)} ms/doc wall, stories ${row.storyMsPerDoc.toFixed(3)} ms/doc, store ${row.storeMsPerDoc.toFixed(3)} ms/doc, reconcile ${row.reconcileMsPerDoc.toFixed(3)} ms/doc, RSS now ${row.rssMb.toFixed(0)} MB`);
  }
  db.close();
  sampler.stop();
  // --keep PATH: the final store, for probes of other builds on the very same store.
  const keep = args.get("keep");
  if (keep) copyFileSync(join(root, "store.db"), keep);
  rmSync(root, { recursive: true, force: true });

  const first = rows[0];
  const last = rows[rows.length - 1];
  const ratio = last.msPerDoc / first.msPerDoc;
  log();
  log(`time per doc at ${last.at} / at ${first.at}: ${ratio.toFixed(2)} (target ≤ 1.5: ${ratio <= 1.5 ? "MET" : "NOT MET"})`);
  log(`peak RSS ${mb(processPeakRss()).toFixed(0)} MB while ingesting ${stored} documents (target < 1024 MB: ${processPeakRss() < 1024 ** 3 ? "MET" : "NOT MET"})`);
  log(JSON.stringify({
    steps: rows.map((r) => ({ stored: r.at, ms_per_doc: round(r.msPerDoc, 3), stories_ms_per_doc: round(r.storyMsPerDoc, 3), store_ms_per_doc: round(r.storeMsPerDoc, 3), reconcile_ms_per_doc: round(r.reconcileMsPerDoc, 3), rss_mb: round(r.rssMb) })),
    ratio: round(ratio, 2),
    peak_rss_mb: round(mb(processPeakRss())),
  }));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await runScale(parseArgs(process.argv.slice(2)));
}
