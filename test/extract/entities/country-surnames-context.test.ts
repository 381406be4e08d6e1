// A family name that is also a country (`Jim Jordan`) names the person again later in the document,
// except where the words around it make it the country: after a preposition (`foreign minister of
// Jordan`, lang/en/titles.json prepositions) or as the owner of a title (`Jordan's foreign minister`).
// Near misses: the bare surname as a subject still names the person; so does `Montenegro` after
// `Prime Minister Luís Montenegro`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { run, person } from "./mentions.ts";

const at = (text: string, needle: string, from = 0) => text.indexOf(needle, from);
const refAt = (text: string, start: number) => run(text, "en").find((m) => m.start === start)?.ref;

test("a country that is also a surname stays the country after a preposition or before a title", () => {
  const text = "Senator Jim Jordan criticised the deal. Jordan's foreign minister met the foreign minister of Jordan in Amman.";
  assert.equal(refAt(text, at(text, "Jordan's")), "country:JO");
  assert.equal(refAt(text, at(text, "of Jordan") + 3), "country:JO");
});

test("near misses: the surname alone as a subject is the person again", () => {
  const text = "Senator Jim Jordan criticised the deal. Jordan said the talks had failed.";
  assert.equal(refAt(text, at(text, "Jordan said")), person("Jim Jordan"));
  const pm = "Prime Minister Luís Montenegro spoke in Lisbon. Montenegro's government said it would sign.";
  assert.equal(refAt(pm, at(pm, "Montenegro's")), person("Luís Montenegro"));
});
