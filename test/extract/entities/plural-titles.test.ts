// A title in the plural introduces a list of names that share it (lang/<code>/titles.json `plurals`):
// every name of two words or more in the list is a person. A single name, or single words, is no list.
import { test } from "node:test";
import assert from "node:assert/strict";
import { run } from "./mentions.ts";

const persons = (text: string, lang: string) => run(text, lang).filter((m) => m.type === "person").map((m) => m.surface);

test("es, fr, en, de: names listed after a plural title", () => {
  assert.deepEqual(persons("La reunión estuvo encabezada por los titulares de Exteriores, Marta Ruiz Olmedo y Joaquim Pereira.", "es"), ["Marta Ruiz Olmedo", "Joaquim Pereira"]);
  assert.deepEqual(persons("Les ministres des Affaires étrangères, Karim Benali et Lucia Ferrante, ont évoqué la Libye.", "fr"), ["Karim Benali", "Lucia Ferrante"]);
  assert.deepEqual(persons("Foreign Ministers Hana Kovacs, Tomas Berg and Ana Moreau signed the statement.", "en"), ["Hana Kovacs", "Tomas Berg", "Ana Moreau"]);
  assert.deepEqual(persons("Anschließend trafen sich die Außenminister Jens Alder und Marie Colin in Toulon.", "de"), ["Jens Alder", "Marie Colin"]);
});

test("near misses: no list, no names", () => {
  assert.deepEqual(persons("Los cancilleres, reunidos en Madrid, firmaron el acuerdo.", "es"), []);
  assert.deepEqual(persons("The two leaders Monday agreed to meet again.", "en"), []);
  assert.deepEqual(persons("Les présidents Macron se sont félicités.", "fr"), []);
});
