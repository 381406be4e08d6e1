// `npm run bench [-- --docs N --workers N --html-share F --seed N --keep --scale]`
// Generates a corpus of N recombined multilingual articles (bench/corpus/), ingests it into a
// fresh store with every stage on, through the real batch path, and prints throughput for plain
// text and HTML, peak RSS, the floor ratio and the split of time by stage. The LAST line is JSON:
// {"plain": {"docs_per_s", "mb_per_s"}, "html": {…}, "peak_rss_mb", "busy": {"main": [plain, html],
// "workers": [[…], […]]}, "floor_ratio", "stages_ms": {…}}
// `--scale` runs bench/scale.ts instead (time per document as the store grows to 100k).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir, availableParallelism } from "node:os";
import { join } from "node:path";
import { openDb } from "../src/store/db.ts";
import { initLanguageDetection } from "../src/detect/language.ts";
import { CorpusGenerator, loadPools, writeCorpus } from "./corpus/generate.ts";
import { benchPool, formatStages, ingestFolder, mb, measureFloor, parseArgs, processPeakRss, round, sumTimings, type IngestRun } from "./lib.ts";

const args = parseArgs(process.argv.slice(2));
if (args.has("scale")) {
  const { runScale } = await import("./scale.ts");
  await runScale(args);
} else {
  await runBench();
}

async function runBench(): Promise<void> {
  const docs = Number(args.get("docs") ?? 10000);
  const htmlShare = Number(args.get("html-share") ?? 0.2);
  const seed = Number(args.get("seed") ?? 1);
  const workers = Number(args.get("workers") ?? availableParallelism());
  const root = args.get("dir") ?? mkdtempSync(join(tmpdir(), "attache-bench-"));

  const log = (s = "") => process.stdout.write(s + "\n");
  log(`attache bench: ${docs} documents (${Math.round(htmlShare * 100)}% HTML), seed ${seed}, ${workers === 0 ? "serial" : `${workers} worker threads`}, ${availableParallelism()} cores`);
  log(`corpus: ${root}`);

  const t0 = performance.now();
  const gen = new CorpusGenerator(loadPools(), seed, htmlShare);
  const corpus = writeCorpus(gen, join(root, "corpus"), 0, docs);
  log(`generated ${corpus.plain.files} plain (${mb(corpus.plain.bytes).toFixed(1)} MB) + ${corpus.html.files} HTML (${mb(corpus.html.bytes).toFixed(1)} MB) in ${((performance.now() - t0) / 1000).toFixed(1)} s; languages: ${gen.languages.join(" ")}`);

  // The floor runs before and after the ingest (page cache warm both times); the faster counts.
  const floorA = measureFloor([corpus.plain.dir, corpus.html.dir]);

  await initLanguageDetection();
  const db = openDb(join(root, "store.db"));
  const rssBefore = process.memoryUsage.rss();
  const analyser = benchPool(workers);
  const plain = await ingestFolder(db, corpus.plain.dir, corpus.plain.bytes, analyser.analyse, analyser.busyMs);
  const html = await ingestFolder(db, corpus.html.dir, corpus.html.bytes, analyser.analyse, analyser.busyMs);
  await analyser.close();
  db.close();

  const floorB = measureFloor([corpus.plain.dir, corpus.html.dir]);
  const floor = floorA.ms <= floorB.ms ? floorA : floorB;
  const pipelineMs = plain.wallMs + html.wallMs;
  const floorRatio = pipelineMs / floor.ms;

  const describe = (name: string, run: IngestRun) => {
    const r = run.report;
    log();
    log(`${name}: ${run.docs} documents, ${mb(run.bytes).toFixed(1)} MB in ${(run.wallMs / 1000).toFixed(2)} s`);
    log(`  ${rate(run).docsPerS.toFixed(0)} docs/s, ${rate(run).mbPerS.toFixed(2)} MB/s, peak RSS ${mb(run.peakRss).toFixed(0)} MB`);
    log(`  added ${r.added.length}, unchanged ${r.unchanged.length}, skipped ${r.skipped.length}${r.skipped.length ? ` (first: ${r.skipped[0].source}: ${r.skipped[0].reason})` : ""}`);
    // Where the wall time went: a worker busy well below 100% waited for work (the main thread
    // held it back); a main thread near 100% is the bottleneck.
    const pct = (x: number) => `${Math.round(x * 100)}%`;
    log(`  busy share of wall time: main thread ${pct(run.mainBusy)} (writing ${pct(((r.timings.store ?? 0) + (r.timings.stories ?? 0)) / run.wallMs)}, reconcile ${pct((r.timings.reconcile ?? 0) / run.wallMs)})${run.workersBusy.length ? `, workers ${run.workersBusy.map(pct).join(" ")}` : ""}`);
    log(`  time by stage (summed over threads; workers run concurrently, so this can exceed wall time):`);
    for (const line of formatStages(r.timings)) log(line);
  };
  describe("plain text", plain);
  describe("HTML", html);

  const stages = sumTimings(plain.report, html.report);
  const peakRss = processPeakRss();
  log();
  log(`floor (read + TextDecoder + Intl.Segmenter sentences, 1 thread): ${floor.docs} files, ${floor.sentences} sentences in ${floor.ms.toFixed(0)} ms`);
  log(`pipeline ${pipelineMs.toFixed(0)} ms / floor ${floor.ms.toFixed(0)} ms = floor ratio ${floorRatio.toFixed(1)}`);
  log(`peak RSS ${mb(peakRss).toFixed(0)} MB (process lifetime; ${mb(rssBefore).toFixed(0)} MB before ingest)`);
  log(`targets: plain ≥ 1000 docs/s ${verdict(rate(plain).docsPerS >= 1000)}, HTML ≥ 200 docs/s ${verdict(rate(html).docsPerS >= 200)}, RSS < 1 GB ${verdict(peakRss < 1024 ** 3)}`);

  if (!args.has("keep") && !args.has("dir")) rmSync(root, { recursive: true, force: true });
  else log(`kept ${root}`);

  const json = {
    plain: { docs_per_s: round(rate(plain).docsPerS), mb_per_s: round(rate(plain).mbPerS, 2) },
    html: { docs_per_s: round(rate(html).docsPerS), mb_per_s: round(rate(html).mbPerS, 2) },
    peak_rss_mb: round(mb(peakRss)),
    busy: { main: [round(plain.mainBusy, 2), round(html.mainBusy, 2)], workers: [plain.workersBusy.map((x) => round(x, 2)), html.workersBusy.map((x) => round(x, 2))] },
    floor_ratio: round(floorRatio, 2),
    stages_ms: Object.fromEntries(Object.entries(stages).map(([k, v]) => [k, round(v)])),
  };
  log(JSON.stringify(json));
}

function rate(run: IngestRun): { docsPerS: number; mbPerS: number } {
  const s = run.wallMs / 1000;
  return { docsPerS: run.docs / s, mbPerS: mb(run.bytes) / s };
}

function verdict(ok: boolean): string {
  return ok ? "MET" : "NOT MET";
}
