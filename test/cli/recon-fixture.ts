// A small store for the stories/facts/figures/discrepancies commands, and a way to run one
// command in-process and capture what it prints.
import { Command } from "commander";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDb } from "../../src/store/db.ts";
import { BatchWriter } from "../../src/ingest/batch.ts";
import { article } from "../cluster/build.ts";
import * as A from "../cluster/articles.ts";

export function buildStore(): string {
  const path = join(mkdtempSync(join(tmpdir(), "attache-cli-")), "store.db");
  const db = openDb(path);
  const w = new BatchWriter(db);
  for (const d of [A.summit26en(), A.summit26nl(), A.summit25vi(), A.dialogue28en(), A.stateVisitNl()]) w.add(d);
  w.add(article({
    source: "nl/k.txt", language: "nl", published: "2025-10-27",
    text: "Het ASEAN-Korea Digital Innovation Fund (KADIF) heeft de digitale capaciteit vergroot.",
    mentions: [{ ref: "initiative:KADIF", surface: "KADIF", expansion: "ASEAN-Korea Digital Innovation Fund" }],
  }));
  w.finish();
  // aliases the user may type
  db.prepare("INSERT OR IGNORE INTO entity_aliases (entity_id, alias, folded, language) VALUES ('country:KR', 'Hàn Quốc', 'han quoc', 'vi')").run();
  db.close();
  return path;
}

export async function run(register: (p: Command) => void, args: string[]): Promise<string> {
  const program = new Command().exitOverride();
  register(program);
  let out = "";
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array) => { out += String(chunk); return true; }) as typeof process.stdout.write;
  try {
    await program.parseAsync(["node", "attache", ...args]);
  } finally {
    process.stdout.write = write;
  }
  return out;
}
