import type { Command } from "commander";
import { openDb, resolveDbPath } from "../../store/db.ts";
import { listFacts } from "../../store/read.ts";
import { resolveParty, partiesMatch } from "../../reconcile/parties.ts";
import { formatValue } from "../../reconcile/format.ts";
import { collect } from "../options.ts";
import { table, printJson } from "../output.ts";

export function registerFacts(program: Command): void {
  program
    .command("facts")
    .description("list figures with period, value, status and sources")
    .option("--db <path>", "store file (default $ATTACHE_DB or ./attache.db)")
    .option("--metric <metric>", "only this metric (trade, investment, rank, …)")
    .option("--party <key>", "only facts about this party (entity key or name; repeatable)", collect, [])
    .option("--json", "print JSON")
    .action((opts: { db?: string; metric?: string; party: string[]; json?: boolean }) => {
      const db = openDb(resolveDbPath(opts.db), { readonly: true });
      const wanted = opts.party.map((p) => {
        const ids = resolveParty(db, p);
        if (ids.length === 0) throw new Error(`no entity called ${p}`);
        return ids;
      });
      const facts = listFacts(db, { metric: opts.metric }).filter((f) => partiesMatch(f.metric, f.parties, wanted, false));
      const names = new Map<string, string>();
      const name = (id: string) => {
        if (!names.has(id)) names.set(id, (db.prepare("SELECT name FROM entities WHERE id = ?").get(id) as { name: string } | undefined)?.name ?? id);
        return names.get(id) ?? id;
      };
      const rows = facts.map((f) => ({
        ...f, display: formatValue(f.value, f.unit), partyNames: f.parties.map(name),
      }));
      db.close();
      if (opts.json) return printJson(rows);
      process.stdout.write(table(
        ["metric", "period", "value", "status", "parties", "consensus", "sources"],
        rows.map((f) => [
          f.metric, f.period ?? "", f.display, f.status, f.partyNames.join(" – "),
          f.consensus === true ? "yes" : `conflict ${f.consensus}`,
          `${f.evidence.length} (${[...new Set(f.evidence.map((e) => e.language))].join(", ")})`,
        ]),
      ) + `\n${rows.length} facts\n`);
    });
}
