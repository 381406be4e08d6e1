import type { Command } from "commander";
import { Option } from "commander";
import { createWriteStream } from "node:fs";
import { openDb, resolveDbPath } from "../../store/db.ts";
import { writeJsonExport, writeJsonlExport } from "../../export/export.ts";

export function registerExport(program: Command): void {
  program
    .command("export")
    .description("write the whole store in the attache.export/1 format")
    .addOption(new Option("--format <format>", "json (one document) or jsonl (one record a line)").choices(["json", "jsonl"]).default("json"))
    .option("--db <path>", "store file (default $ATTACHE_DB or ./attache.db)")
    .option("-o, --output <file>", "write to a file instead of standard output")
    .action(async (opts: { format: "json" | "jsonl"; db?: string; output?: string }) => {
      const db = openDb(resolveDbPath(opts.db), { readonly: true });
      const out = opts.output ? createWriteStream(opts.output) : process.stdout;
      if (opts.format === "jsonl") writeJsonlExport(db, out); else writeJsonExport(db, out);
      db.close();
      if (opts.output) await new Promise<void>((res, rej) => (out as ReturnType<typeof createWriteStream>).end((err?: Error | null) => (err ? rej(err) : res())));
    });
}
