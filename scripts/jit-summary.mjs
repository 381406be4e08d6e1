#!/usr/bin/env node
// `node scripts/jit-summary.mjs LOG [--top N]`: summarises V8's optimisation trace by function, so
// warm-up work can be compared before and after a change without reading the log. Make the log
// with a single-thread run, e.g.
//   node --trace-opt --trace-deopt-verbose --import tsx scripts/profile-extract.ts DIR > LOG 2>&1
// (`--trace-deopt` is enough for the counts; `-verbose` adds the source position of each deopt).
// Prints TurboFan compiles (count, and the milliseconds V8 reports for them, mostly spent on
// background threads) and deopts grouped by function, reason and position. Functions without a
// name are listed as `(anonymous)`; Node's own internals are counted but not listed one by one.
import { readFileSync } from "node:fs";

const argv = process.argv.slice(2);
const file = argv.find((a, i) => !a.startsWith("--") && argv[i - 1] !== "--top");
if (!file) {
  process.stderr.write("usage: node scripts/jit-summary.mjs LOG [--top N]\n");
  process.exit(2);
}
const top = argv.includes("--top") ? Number(argv[argv.indexOf("--top") + 1]) : 20;
const lines = readFileSync(file, "latin1").split("\n");

const FN = /<JSFunction ?(\S*?) ?\(sfi = \w+\)>/;
const compiles = new Map(); // name → { n, ms }
const deopts = new Map(); // "name · reason · position" → count
let compileCount = 0, compileMs = 0, deoptCount = 0;
for (let i = 0; i < lines.length; i++) {
  const line = lines[i];
  if (line.startsWith("[completed compiling")) {
    const fn = FN.exec(line);
    const took = /took ([\d.]+), ([\d.]+), ([\d.]+) ms/.exec(line);
    if (!fn || !took) continue;
    const ms = Number(took[1]) + Number(took[2]) + Number(took[3]);
    const name = fn[1] || "(anonymous)";
    const c = compiles.get(name) ?? { n: 0, ms: 0 };
    c.n++; c.ms += ms;
    compiles.set(name, c);
    compileCount++; compileMs += ms;
  } else if (line.startsWith("[bailout (kind:")) {
    const reason = /reason: ([^)]*)\)/.exec(line)?.[1] ?? "?";
    const name = FN.exec(line)?.[1] || "(anonymous)";
    // The verbose trace gives the position on one of the next lines.
    let at = "";
    for (let k = i + 1; k < Math.min(i + 4, lines.length); k++) {
      const m = /deoptimize at <([^>]*)>/.exec(lines[k]);
      if (m) { at = m[1].replace(/^.*\/(src|dist|node_modules)\//, "$1/"); break; }
    }
    if (at.startsWith("node:")) at = "(node internals)";
    const key = `${name} · ${reason}${at ? ` · ${at}` : ""}`;
    deopts.set(key, (deopts.get(key) ?? 0) + 1);
    deoptCount++;
  }
}

// Piped into `head`, stop quietly when the reader goes away.
process.stdout.on("error", (err) => { if (err.code === "EPIPE") process.exit(0); throw err; });
const out = (s) => process.stdout.write(s + "\n");
out(`TurboFan compiles: ${compileCount}, ${Math.round(compileMs)} ms reported; deopts: ${deoptCount}`);
out(`top ${top} functions by compile time (compiles, ms):`);
for (const [name, c] of [...compiles].sort((a, b) => b[1].ms - a[1].ms).slice(0, top)) out(`  ${String(c.n).padStart(3)}  ${c.ms.toFixed(0).padStart(6)}  ${name}`);
out(`top ${top} deopts (count · function · reason · position):`);
for (const [key, n] of [...deopts].sort((a, b) => b[1] - a[1]).slice(0, top)) out(`  ${String(n).padStart(3)}  ${key}`);
