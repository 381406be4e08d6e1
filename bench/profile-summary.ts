// `node --import tsx bench/profile-summary.ts DIR_OR_FILES… [--top N]`: top functions by self time
// in V8 .cpuprofile files (from `node --cpu-prof --cpu-prof-dir DIR --import tsx bench/run.ts`;
// worker threads write their own profiles into the same folder).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number }

const argv = process.argv.slice(2);
const topAt = argv.indexOf("--top");
const top = topAt >= 0 ? Number(argv[topAt + 1]) : 30;
// Without --top, topAt + 1 is 0: the first path must not be taken for its value.
const paths = argv.filter((a, i) => !a.startsWith("--") && (topAt < 0 || i !== topAt + 1));
const files = paths.flatMap((p) => (statSync(p).isDirectory() ? readdirSync(p).filter((f) => f.endsWith(".cpuprofile")).map((f) => join(p, f)) : [p]));

const selfUs = new Map<string, number>();
const byFile = new Map<string, number>();
let totalUs = 0;
for (const f of files) {
  const prof = JSON.parse(readFileSync(f, "utf8")) as Profile;
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  let threadUs = 0;
  for (let i = 0; i < prof.samples.length; i++) {
    const node = byId.get(prof.samples[i])!;
    const dt = prof.timeDeltas[i] ?? 0;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === "(idle)") continue;
    // The only wasm in the pipeline is cld3 (language detection): one line for all its functions.
    const isWasm = url.startsWith("wasm:");
    const file = isWasm ? "cld3-asm (wasm)" : url ? relative(process.cwd(), url.replace(/^file:\/\//, "")) : "(native)";
    const key = isWasm ? "cld3-asm (wasm)" : `${functionName || "(anonymous)"} ${url ? `${file}:${lineNumber + 1}` : ""}`.trim();
    selfUs.set(key, (selfUs.get(key) ?? 0) + dt);
    byFile.set(file, (byFile.get(file) ?? 0) + dt);
    threadUs += dt;
  }
  totalUs += threadUs;
  process.stdout.write(`${f}: ${(threadUs / 1e6).toFixed(1)} s sampled\n`);
}
process.stdout.write(`\ntop ${top} by self time (all threads, ${(totalUs / 1e6).toFixed(1)} s):\n`);
for (const [k, v] of [...selfUs].sort((a, b) => b[1] - a[1]).slice(0, top)) {
  process.stdout.write(`${(v / 1000).toFixed(0).padStart(8)} ms ${((v / totalUs) * 100).toFixed(1).padStart(5)}%  ${k}\n`);
}
process.stdout.write(`\ntop ${top} files by self time:\n`);
for (const [k, v] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, top)) {
  process.stdout.write(`${(v / 1000).toFixed(0).padStart(8)} ms ${((v / totalUs) * 100).toFixed(1).padStart(5)}%  ${k}\n`);
}
