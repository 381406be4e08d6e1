import type { Command } from "commander";
import { openDb, resolveDbPath } from "../../store/db.ts";
import { listStories } from "../../cluster/queries.ts";
import { printJson } from "../output.ts";

export function registerStories(program: Command): void {
  program
    .command("stories")
    .description("list stories: the documents (in any language) that report the same news")
    .option("--db <path>", "store file (default $ATTACHE_DB or ./attache.db)")
    .option("--json", "print JSON")
    .action((opts: { db?: string; json?: boolean }) => {
      const db = openDb(resolveDbPath(opts.db), { readonly: true });
      const stories = listStories(db);
      db.close();
      if (opts.json) return printJson(stories);
      const lines: string[] = [];
      for (const s of stories) {
        lines.push(`${s.id}  [${s.languages.join(", ")}]  ${s.title ?? "(untitled)"}`);
        for (const d of s.documents) lines.push(`    ${d.id}  ${d.language}  ${d.published ?? "----------"}  ${d.title ?? d.source}`);
      }
      lines.push(`${stories.length} stories`);
      process.stdout.write(lines.join("\n") + "\n");
    });
}
