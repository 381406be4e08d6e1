// The `attache` command line.
import { Command, CommanderError } from "commander";
import { registerIngest } from "./commands/ingest.ts";
import { registerExport } from "./commands/export.ts";
import { registerDocuments } from "./commands/documents.ts";
import { registerEntities } from "./commands/entities.ts";
import { registerFacts } from "./commands/facts.ts";
import { registerFigures } from "./commands/figures.ts";
import { registerTimeline } from "./commands/timeline.ts";
import { registerStories } from "./commands/stories.ts";
import { registerDiscrepancies } from "./commands/discrepancies.ts";
import { registerServe } from "./commands/serve.ts";

const program = new Command();
program
  .name("attache")
  .description("Attaché: a sourced, structured record of international relations, read from news in many languages")
  .version("0.1.0")
  .showHelpAfterError();

for (const register of [
  registerIngest, registerExport, registerDocuments, registerEntities, registerFacts, registerFigures,
  registerTimeline, registerStories, registerDiscrepancies, registerServe,
]) register(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) process.exit(err.exitCode);
  process.stderr.write(`attache: ${(err as Error).message}\n`);
  process.exit(1);
}
