import type { Command } from "commander";
import { openDb, resolveDbPath } from "../../store/db.ts";
import { discoverInputs } from "../../ingest/discover.ts";
import { ingestBatch, DEFAULT_MAX_BYTES } from "../../ingest/batch.ts";
import { initLanguageDetection } from "../../detect/language.ts";
import { analyserFor } from "../../pipeline/parallel.ts";
import { createProgress } from "../progress.ts";
import { parseSize } from "../options.ts";

export function registerIngest(program: Command): void {
  program
    .command("ingest")
    .description("read articles (files, folders, feeds, or - for stdin) into the store")
    .argument("<paths...>", "files, folders (walked recursively) or - for standard input")
    .option("--db <path>", "store file (default $ATTACHE_DB or ./attache.db)")
    .option("--max-size <size>", "skip inputs larger than this (e.g. 20MB)", String(DEFAULT_MAX_BYTES))
    .option("--quiet", "print nothing but errors")
    .option("--json", "print a JSON report for scripts")
    .action(async (paths: string[], opts: { db?: string; maxSize: string; quiet?: boolean; json?: boolean }) => {
      const db = openDb(resolveDbPath(opts.db));
      await initLanguageDetection();
      const { inputs, problems } = discoverInputs(paths);
      const progress = opts.quiet || opts.json ? null : createProgress(inputs.length);
      const report = await ingestBatch(db, inputs, {
        maxBytes: parseSize(opts.maxSize),
        onProgress: (done) => progress?.update(done),
      }, analyserFor(inputs.length));
      progress?.stop();
      db.close();
      report.skipped.unshift(...problems);
      if (opts.json) {
        process.stdout.write(JSON.stringify({ added: report.added, unchanged: report.unchanged, skipped: report.skipped }, null, 2) + "\n");
      } else {
        for (const s of report.skipped) process.stderr.write(`skipped ${s.source}: ${s.reason}\n`);
        if (!opts.quiet) {
          process.stdout.write(`ingested ${report.added.length} new, ${report.unchanged.length} unchanged, ${report.skipped.length} skipped\n`);
        }
      }
      // Exit code 3: the batch was stored, but something was skipped.
      if (report.skipped.length > 0) process.exitCode = 3;
    });
}
