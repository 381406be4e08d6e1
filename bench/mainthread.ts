// `node --import tsx bench/mainthread.ts [--docs 2000 --reps 3 --seed 3]`: the main thread's share
// of ingest alone (store + stories + reconcile, i.e. BatchWriter), without the workers. N generated
// articles are analysed once on one thread and cached (v8 serialisation, in the temp folder); each
// rep writes them all into a fresh store. It reports wall and CPU ms per document: CPU time is what
// to compare on a machine shared with other work, where wall time mostly measures the others.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deserialize, serialize } from "node:v8";
import type { DocumentAnalysis } from "../src/model.ts";
import { openDb } from "../src/store/db.ts";
import { BatchWriter } from "../src/ingest/batch.ts";
import { analyseInput } from "../src/pipeline/analyse.ts";
import { initLanguageDetection } from "../src/detect/language.ts";
import { CorpusGenerator, loadPools } from "./corpus/generate.ts";
import { parseArgs } from "./lib.ts";

const args = parseArgs(process.argv.slice(2));
const docs = Number(args.get("docs") ?? 2000);
const reps = Number(args.get("reps") ?? 3);
const seed = Number(args.get("seed") ?? 3);

async function analyses(): Promise<DocumentAnalysis[]> {
  const cache = join(tmpdir(), `attache-mainthread-${seed}-${docs}.bin`);
  if (existsSync(cache)) return deserialize(readFileSync(cache)) as DocumentAnalysis[];
  await initLanguageDetection();
  const gen = new CorpusGenerator(loadPools(), seed, 0.2);
  const out: DocumentAnalysis[] = [];
  for (let i = 0; i < docs; i++) {
    const d = gen.doc(i);
    out.push(analyseInput(`/bench/${d.path}`, Buffer.from(d.content, "utf8")));
  }
  writeFileSync(cache, serialize(out));
  return out;
}

const all = await analyses();
for (let r = 0; r < reps; r++) {
  const dir = mkdtempSync(join(tmpdir(), "attache-mainthread-"));
  const db = openDb(join(dir, "store.db"));
  const writer = new BatchWriter(db);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (const a of all) writer.add({ ...a, timings: {} });
  const t = writer.finish().timings;
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  db.close();
  rmSync(dir, { recursive: true, force: true });
  const per = (ms: number | undefined) => ((ms ?? 0) / all.length).toFixed(3);
  process.stdout.write(`rep ${r}: wall ${per(wall)} ms/doc, cpu ${per((cpu.user + cpu.system) / 1000)} ms/doc; stories ${per(t.stories)}, store ${per(t.store)}, reconcile ${per(t.reconcile)} (wall)\n`);
}
