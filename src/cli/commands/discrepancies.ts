import type { Command } from "commander";
import { Option } from "commander";
import { openDb, resolveDbPath } from "../../store/db.ts";
import { listDiscrepancies } from "../../store/read.ts";
import { printJson } from "../output.ts";

export const DISCREPANCY_KINDS = ["conflict", "rank", "expansion", "spelling", "translation"];

export function registerDiscrepancies(program: Command): void {
  program
    .command("discrepancies")
    .description("list where sources disagree: conflicting figures and ranks, acronym expansions, spellings, false translations")
    .addOption(new Option("--kind <kind>", "only this kind").choices(DISCREPANCY_KINDS))
    .option("--db <path>", "store file (default $ATTACHE_DB or ./attache.db)")
    .option("--json", "print JSON")
    .action((opts: { db?: string; kind?: string; json?: boolean }) => {
      const db = openDb(resolveDbPath(opts.db), { readonly: true });
      const found = listDiscrepancies(db, { kind: opts.kind });
      db.close();
      if (opts.json) return printJson(found);
      const lines: string[] = [];
      for (const d of found) {
        lines.push(`${d.kind.padEnd(11)} ${d.id}  ${d.description}`);
        for (const e of d.evidence) lines.push(`    ${e.document}  ${e.quote}`);
      }
      lines.push(`${found.length} discrepancies`);
      process.stdout.write(lines.join("\n") + "\n");
    });
}
