import type { Command } from "commander";
import { openDb, resolveDbPath } from "../../store/db.ts";
import { listDocuments } from "../../store/read.ts";
import { table, printJson } from "../output.ts";

export function registerDocuments(program: Command): void {
  program
    .command("documents")
    .description("list stored documents: id, language, published, title, source")
    .option("--db <path>", "store file (default $ATTACHE_DB or ./attache.db)")
    .option("--language <code>", "only this language")
    .option("--all-versions", "include versions superseded by a newer file at the same path")
    .option("--json", "print JSON")
    .action((opts: { db?: string; language?: string; allVersions?: boolean; json?: boolean }) => {
      const db = openDb(resolveDbPath(opts.db), { readonly: true });
      const docs = listDocuments(db, { language: opts.language, includeSuperseded: opts.allVersions });
      db.close();
      if (opts.json) return printJson(docs.map(({ text: _t, ...d }) => d));
      process.stdout.write(table(["id", "lang", "published", "title", "source"], docs.map((d) => [d.id, d.language, d.published, d.title, d.source])) + "\n");
    });
}
