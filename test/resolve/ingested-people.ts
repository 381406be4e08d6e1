// Ingests a few articles through the real CLI into a fresh store and lists the people it keeps:
// the cross-document merging tests judge what a user of `attache entities` would see.
import { mkdtempSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execFileSync } from "node:child_process";

const bin = join(import.meta.dirname, "../../bin/attache");

export interface Person { key: string; name: string; aliases: string[] }

export function ingestedPeople(files: Record<string, string>): Person[] {
  const dir = mkdtempSync(join(tmpdir(), "attache-people-"));
  const docs = join(dir, "docs");
  mkdirSync(docs);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(docs, name), text);
  const db = join(dir, "t.db");
  execFileSync(bin, ["ingest", docs, "--db", db, "--quiet"]);
  return JSON.parse(execFileSync(bin, ["entities", "--type", "person", "--json", "--db", db], { encoding: "utf8" })) as Person[];
}
