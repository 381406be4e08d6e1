// A country name inside a person's name written without a title is no mention of the country: after a
// given name it is a family name (`Michael Jordan`), and a country name that is also a given name starts
// a name when a capitalised name follows (`Jordan Peterson`, `Israel Adesanya`). Near misses: the country
// after a title or a connector (`Prime Minister of Israel Benjamin Netanyahu`, `Menteri Luar Negeri Israel
// Gideon Saar`), before a day (`Israel Monday`), before a title (`Chad President …`), and in a list.
import { test } from "node:test";
import assert from "node:assert/strict";
import { run, refs, surfaces } from "./mentions.ts";

const countries = (text: string, lang: string) => surfaces(run(text, lang), "country");

test("a country word inside a person's name is no country", () => {
  assert.deepEqual(countries("Michael Jordan met fans in Paris.", "en"), []);
  assert.deepEqual(countries("The rally heard Jordan Peterson and Israel Adesanya speak.", "en"), []);
  assert.deepEqual(countries("Israel Katz dijo que Israel responderá.", "es"), ["Israel"]);
  assert.deepEqual(countries("Selon Jordan Bardella, le vote est acquis.", "fr"), []);
});

test("near misses: the country after a title, before a day or a title, in a list", () => {
  const ms = run("Prime Minister of Israel Benjamin Netanyahu met the President of Georgia Salome Zourabichvili.", "en");
  assert.deepEqual(surfaces(ms, "country"), ["Israel", "Georgia"]);
  assert.deepEqual(surfaces(ms, "person"), ["Benjamin Netanyahu", "Salome Zourabichvili"]);
  const id = run("Menteri Luar Negeri Israel Gideon Saar hadir. Serangan Israel Senin lalu menewaskan warga.", "id");
  assert.deepEqual(surfaces(id, "country"), ["Israel", "Israel"]);
  assert.deepEqual(surfaces(id, "person"), ["Gideon Saar"]);
  assert.deepEqual(countries("Israel Monday rejected the plan, while Jordan, Chad and Georgia agreed.", "en"), ["Israel", "Jordan", "Chad", "Georgia"]);
  assert.ok(refs(run("Chad President Mahamat Deby met India Prime Minister Narendra Modi.", "en"), "country").has("country:TD"));
});
