// The `attache` command line.
import { Command, CommanderError } from "commander";
import { registerIngest } from "./commands/ingest.ts";
import { registerExport } from "./commands/export.ts";
import { registerDocuments } from "./commands/documents.ts";

const program = new Command();
program
  .name("attache")
  .description("Attaché: a sourced, structured record of international relations, read from news in many languages")
  .version("0.1.0")
  .showHelpAfterError();

registerIngest(program);
registerExport(program);
registerDocuments(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) process.exit(err.exitCode);
  process.stderr.write(`attache: ${(err as Error).message}\n`);
  process.exit(1);
}
