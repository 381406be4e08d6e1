// A name whose title follows it in apposition (`Maria Malmer Stenergard, Sweden's foreign minister, met …`)
// is a person with that role, in every language that writes appositions so. Near misses: capitalised
// openers (`Last Tuesday, the foreign minister …`), places, countries and organisations before the comma,
// and a title that does not close with a comma.
import { test } from "node:test";
import assert from "node:assert/strict";
import { run } from "./mentions.ts";

const persons = (text: string, lang: string) => run(text, lang).filter((m) => m.type === "person").map((m) => m.surface);

test("a name, a comma, a title closed by a comma: the person", () => {
  assert.deepEqual(persons("Maria Malmer Stenergard, Sweden's foreign minister, met her Indonesian counterpart on Tuesday.", "en"), ["Maria Malmer Stenergard"]);
  assert.deepEqual(persons("Jean-Noël Barrot, ministre français des Affaires étrangères, a rencontré son homologue mardi.", "fr"), ["Jean-Noël Barrot"]);
  assert.deepEqual(persons("Caspar Veldkamp, minister van Buitenlandse Zaken, sprak dinsdag met zijn ambtgenoot.", "nl"), ["Caspar Veldkamp"]);
  assert.deepEqual(persons("José Manuel Albares, ministro de Asuntos Exteriores, se reunió el martes con su homólogo.", "es"), ["José Manuel Albares"]);
});

test("openers, places and organisations before the comma, or no closing comma, make no person", () => {
  assert.deepEqual(persons("Last Tuesday, the foreign minister said trade would grow.", "en"), []);
  assert.deepEqual(persons("Bank Indonesia, the central bank, said rates would stay.", "en"), []);
  assert.deepEqual(persons("Kenya and Germany, the foreign ministers said, would sign three deals.", "en"), []);
  assert.deepEqual(persons("Trade Winds Report, foreign minister talks continue in the capital.", "en"), []);
});
