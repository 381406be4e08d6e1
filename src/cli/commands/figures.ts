import type { Command } from "commander";
import { Option } from "commander";
import { openDb, resolveDbPath } from "../../store/db.ts";
import { resolveParty } from "../../reconcile/parties.ts";
import { figureSeries, type FigureSeries } from "../../reconcile/figures.ts";
import { collect } from "../options.ts";
import { printJson } from "../output.ts";

function csvCell(v: unknown): string {
  const s = v == null ? "" : String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function toCsv(series: FigureSeries[], names: (id: string) => string): string {
  const rows: unknown[][] = [["metric", "parties", "status", "period", "value", "unit", "consensus", "document", "language", "surface", "stated_to", "approximate", "quote"]];
  for (const s of series) for (const p of s.points) for (const v of p.values) for (const src of v.sources) {
    rows.push([s.metric, s.parties.map(names).join(" – "), p.status, p.period, v.value, v.unit, v.consensus === true ? "true" : v.consensus,
      src.document, src.language, src.surface, src.statedTo, src.approximate, src.quote]);
  }
  return rows.map((r) => r.map(csvCell).join(",")).join("\n") + "\n";
}

function toText(series: FigureSeries[], names: (id: string) => string): string {
  const out: string[] = [];
  for (const s of series) {
    out.push(`${s.metric}: ${s.parties.map(names).join(" – ")}`);
    let status = "";
    for (const p of s.points) {
      if (p.status !== status) { status = p.status; out.push(`  ${status === "actual" ? "actual" : `${status}s`}`); }
      for (const v of p.values) {
        out.push(`    ${(p.period ?? "(no period)").padEnd(11)} ${v.display}${v.consensus === true ? "" : `   CONFLICT ${v.consensus}`}${v.subject ? `   (${v.subject})` : ""}`);
        for (const src of v.sources) out.push(`        ${src.document} ${src.language}  "${src.surface}" ${src.statedTo}  — ${src.quote}`);
      }
    }
  }
  if (out.length === 0) out.push("no figures match");
  return out.join("\n") + "\n";
}

export function registerFigures(program: Command): void {
  program
    .command("figures")
    .description("a figure over time between parties, each value with its sources and stated rounding")
    .requiredOption("--metric <metric>", "trade, exports, imports, investment, aid, funding, people, rank, …")
    .option("--party <key>", "a party (entity key like KR or ASEAN, or a name; repeat for each)", collect, [])
    .option("--db <path>", "store file (default $ATTACHE_DB or ./attache.db)")
    .addOption(new Option("--json", "print JSON").conflicts("csv"))
    .option("--csv", "print CSV, one row per source")
    .action((opts: { db?: string; metric: string; party: string[]; json?: boolean; csv?: boolean }) => {
      const db = openDb(resolveDbPath(opts.db), { readonly: true });
      const wanted = opts.party.map((p) => {
        const ids = resolveParty(db, p);
        if (ids.length === 0) throw new Error(`no entity called ${p}`);
        return ids;
      });
      const series = figureSeries(db, opts.metric, wanted);
      const nameOf = new Map<string, string>();
      for (const s of series) for (const id of s.parties) {
        nameOf.set(id, (db.prepare("SELECT name FROM entities WHERE id = ?").get(id) as { name: string } | undefined)?.name ?? id);
      }
      db.close();
      const names = (id: string) => nameOf.get(id) ?? id;
      if (opts.json) return printJson(series.map((s) => ({ ...s, parties: s.parties.map((id) => ({ id, name: names(id) })) })));
      process.stdout.write(opts.csv ? toCsv(series, names) : toText(series, names));
    });
}
