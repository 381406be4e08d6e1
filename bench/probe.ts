// `node --import tsx bench/probe.ts --store S.db --from N [--count 500 --repo DIR --workers 2]`:
// one probe batch of bench documents N… into a copy of a store (e.g. one kept by
// `bench/scale.ts --keep`), printing main-thread stage times per document. With --repo, the
// store, stories and reconcile code of another checkout (built) runs instead, so two builds can
// be compared back to back on the very same store: on a loaded machine only such pairs compare.
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
import { parseArgs } from "./lib.ts";

const args = parseArgs(process.argv.slice(2));
const repo = resolve(args.get("repo") ?? join(fileURLToPath(import.meta.url), "../.."));
const store = args.get("store");
if (!store) throw new Error("--store is required");
const from = Number(args.get("from") ?? 0);
const count = Number(args.get("count") ?? 500);
const workers = Number(args.get("workers") ?? 2);

const { openDb } = await import(join(repo, "src/store/db.ts"));
const { initLanguageDetection } = await import(join(repo, "src/detect/language.ts"));
const { CorpusGenerator, loadPools, writeCorpus } = await import(join(repo, "bench/corpus/generate.ts"));
const { benchAnalyser, ingestFolder } = await import(join(repo, "bench/lib.ts"));

const root = mkdtempSync(join(tmpdir(), "attache-probe-"));
copyFileSync(store, join(root, "store.db"));
await initLanguageDetection();
const db = openDb(join(root, "store.db"));
// Seed 1 and 20% HTML, as bench/scale.ts: documents `from`… continue the store's own corpus.
const c = writeCorpus(new CorpusGenerator(loadPools(), 1, 0.2), join(root, "in"), from, count);
const run = await ingestFolder(db, join(root, "in"), c.plain.bytes + c.html.bytes, benchAnalyser(workers));
const t = run.report.timings as Record<string, number | undefined>;
const per = (ms: number | undefined) => Math.round(((ms ?? 0) / run.docs) * 1000) / 1000;
console.log(JSON.stringify({ repo, docs: run.docs, wall_ms_per_doc: per(run.wallMs), stories_ms_per_doc: per(t.stories), store_ms_per_doc: per(t.store), reconcile_ms_per_doc: per(t.reconcile) }));
db.close();
rmSync(root, { recursive: true, force: true });
process.exit(0);
