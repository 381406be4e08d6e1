// The leaders' countries live in data/people.tsv's third column (one table of people): a row with
// spellings gives every spelling its country; a row with a country only gives the country and is
// kept out of the name resolver's table. Near misses: a listed person without a country, an
// unlisted person.
import { test } from "node:test";
import assert from "node:assert/strict";
import { headCountry } from "../../../src/extract/events/heads.ts";
import { knownByFamilyName, peopleTable } from "../../../src/resolve/names.ts";
import { fold } from "../../../src/util/text.ts";
import type { Mention } from "../../../src/model.ts";

const person = (name: string): Mention => ({ ref: `person:${fold(name)}`, type: "person", surface: name, start: 0, end: name.length, sentence: 0, name });

test("a leader's country, from a row with spellings or with a country only", () => {
  assert.equal(headCountry(person("Xi Jinping")), "CN");
  assert.equal(headCountry(person("习近平")), "CN");
  assert.equal(headCountry(person("Prabowo Subianto")), "ID");
  assert.equal(headCountry(person("Willem-Alexander")), "NL");
  assert.equal(headCountry(person("King Felipe")), "ES");
});

test("near misses: a listed person with no country, an unlisted person, a country-only row in the resolver", () => {
  assert.equal(headCountry(person("Wang Wenbin")), null);
  assert.equal(headCountry(person("Maria Schmidt")), null);
  assert.equal(peopleTable().bySpelling.has(fold("Luís Montenegro")), false);
  assert.equal(knownByFamilyName("Montenegro"), null);
  assert.equal(peopleTable().bySpelling.get(fold("Prabowo Subianto")), "Prabowo Subianto");
});
