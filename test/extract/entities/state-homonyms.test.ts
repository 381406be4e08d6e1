// A country named like a US state (Georgia) is the state after one of its cities and a comma or after
// words naming a US state (data/state-homonyms.tsv); `New Mexico` is a US place, not Mexico. Near
// misses: the country's own capital with a comma, a possessive, a list after a US city, the country in French.
import { test } from "node:test";
import assert from "node:assert/strict";
import { run, refs } from "./mentions.ts";

test("the US state, not the country", () => {
  for (const [lang, text] of [
    ["en", "The summit was held in Atlanta, Georgia, on Monday."],
    ["en", "The delegation visited a factory in the US state of Georgia last week."],
    ["fr", "Le sommet s'est tenu à Atlanta, Géorgie, lundi."],
  ]) assert.ok(!refs(run(text, lang), "country").has("country:GE"), text);
  const ms = run("He spoke in Santa Fe, New Mexico, on Monday.", "en");
  assert.ok(!refs(ms, "country").has("country:MX"), ms.map((m) => m.ref).join(", "));
  assert.ok(refs(ms, "place").has("place:New Mexico"));
});

test("near misses: the country stays the country", () => {
  for (const [lang, text] of [
    ["en", "Georgia's president met officials in Tbilisi, Georgia."],
    ["en", "Officials from Washington, Georgia and Armenia met in Brussels."],
    ["en", "The state of Georgia's democracy worries Brussels."],
    ["fr", "La Géorgie a signé un accord avec l'Union européenne."],
  ]) assert.ok(refs(run(text, lang), "country").has("country:GE"), text);
});
