// People named in different documents, languages and scripts become one entity when their full
// names sound the same; a different name stays a different person.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execFileSync } from "node:child_process";

const bin = join(import.meta.dirname, "../../bin/attache");

test("one person across documents: Spanish and French spellings, Cyrillic; a near miss stays apart", () => {
  const dir = mkdtempSync(join(tmpdir(), "attache-person-merge-"));
  const docs = join(dir, "docs");
  mkdirSync(docs);
  writeFileSync(join(docs, "es.txt"), "MADRID (EFE).- El ministro de Exteriores de España recibió hoy a su homólogo marroquí, Karim Benani, para hablar de migración y comercio entre los dos países.\n");
  writeFileSync(join(docs, "fr.txt"), "Le ministre des Affaires étrangères Karim Bennani a rencontré à Rabat son homologue espagnol pour parler du commerce entre le Maroc et l'Espagne.\n");
  writeFileSync(join(docs, "ru.txt"), "Министр иностранных дел Марокко Карим Беннани провёл переговоры в Москве с российскими коллегами о торговле.\n");
  writeFileSync(join(docs, "en.txt"), "Minister Karim Bennami of the trade ministry met investors in Casablanca to discuss ports and shipping.\n");
  const db = join(dir, "t.db");
  execFileSync(bin, ["ingest", docs, "--db", db, "--quiet"]);
  const people = JSON.parse(execFileSync(bin, ["entities", "--type", "person", "--json", "--db", db], { encoding: "utf8" })) as { key: string; aliases: string[]; documents?: string[] }[];
  const karim = people.filter((p) => p.aliases.some((a) => /Benani|Bennani|Беннани/.test(a)));
  assert.equal(karim.length, 1, JSON.stringify(people.map((p) => p.aliases)));
  for (const a of ["Karim Benani", "Karim Bennani", "Карим Беннани"]) assert.ok(karim[0].aliases.includes(a), a);
  assert.ok(!karim[0].aliases.includes("Karim Bennami"), "Bennami is someone else");
  assert.ok(people.some((p) => p.aliases.includes("Karim Bennami")));
});
