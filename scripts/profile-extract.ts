// `node --import tsx scripts/profile-extract.ts DIR_OR_FILES… [--passes N] [--limit N]`
// Runs the pure analysis (pipeline/analyse.ts) on the given files in ONE thread, so a CPU profile
// (`node --cpu-prof --cpu-prof-dir /tmp/prof --import tsx scripts/profile-extract.ts …`, then
// `node --import tsx bench/profile-summary.ts /tmp/prof`) shows only the extraction stages.
// Prints ms per document by stage, and a digest of every analysis (timings left out), so a
// speed-up can be checked for identical output without a full ingest.
import { readFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { discoverInputs } from "../src/ingest/discover.ts";
import { analyseInput } from "../src/pipeline/analyse.ts";
import { initLanguageDetection } from "../src/detect/language.ts";

const argv = process.argv.slice(2);
const flag = (name: string): number | null => {
  const at = argv.indexOf(`--${name}`);
  return at >= 0 ? Number(argv[at + 1]) : null;
};
const passes = flag("passes") ?? 1;
const limit = flag("limit") ?? Infinity;
const paths = argv.filter((a, i) => !a.startsWith("--") && !argv[i - 1]?.startsWith("--"));

await initLanguageDetection();
const inputs = discoverInputs(paths).inputs.slice(0, limit);
const files = inputs.map((ref) => ({ source: ref.source, bytes: readFileSync(ref.source) }));

const stageMs: Record<string, number> = {};
const digest = createHash("sha256");
let analysed = 0;
const t0 = performance.now();
const cpu0 = process.cpuUsage();
const passCpu: number[] = [];
for (let pass = 0; pass < passes; pass++) {
  const c0 = process.cpuUsage();
  let chunk = process.cpuUsage();
  const chunks: string[] = [];
  for (const [n, f] of files.entries()) {
    if (n % 100 === 99) {
      const c = process.cpuUsage(chunk);
      chunks.push(((c.user + c.system) / 1000 / 100).toFixed(1));
      chunk = process.cpuUsage();
    }
    try {
      const { timings, ...rest } = analyseInput(f.source, f.bytes);
      for (const [k, v] of Object.entries(timings ?? {})) stageMs[k] = (stageMs[k] ?? 0) + v;
      if (pass === 0) digest.update(JSON.stringify(rest));
      analysed++;
    } catch (err) {
      if (pass === 0) digest.update(`error ${f.source} ${(err as Error).message}`);
    }
  }
  if (pass === 0) process.stdout.write(`first pass, CPU ms/doc per 100 documents: ${chunks.join(" ")}\n`);
  const c = process.cpuUsage(c0);
  passCpu.push((c.user + c.system) / 1000 / files.length);
}
const wall = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
const cpuMs = (cpu.user + cpu.system) / 1000;
const out = (s: string) => process.stdout.write(s + "\n");
out(`${files.length} files × ${passes} passes, ${analysed} analyses in ${(wall / 1000).toFixed(2)} s (${(wall / analysed).toFixed(2)} ms/doc wall, ${(cpuMs / analysed).toFixed(2)} ms/doc CPU)`);
out(`CPU ms/doc by pass (the first pays for loading tables and compiling): ${passCpu.map((x) => x.toFixed(2)).join(" ")}`);
out(`stages below are wall time (performance.now), so other load on the machine inflates them`);
for (const [k, v] of Object.entries(stageMs).sort((a, b) => b[1] - a[1])) out(`  ${k.padEnd(10)} ${(v / analysed).toFixed(3)} ms/doc`);
out(`digest ${digest.digest("hex").slice(0, 16)}`);
