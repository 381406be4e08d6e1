// Malaysians, Indonesians and Thais are called by the given name that stands first (`Anwar`,
// `Prabowo`, `Anutin`): for a well-known person of such a country (data/given-name-countries.txt,
// data/people.tsv) the first word names them again; for others the family name does (`Erdogan`).
import { test } from "node:test";
import assert from "node:assert/strict";
import { run, person } from "./mentions.ts";

const people = (text: string, lang: string) => run(text, lang).filter((m) => m.type === "person").map((m) => [m.surface, m.ref]);

test("a Malaysian, Indonesian or Thai leader is named again by the first word of the name", () => {
  assert.deepEqual(people("Prime Minister Anwar Ibrahim held talks with President Recep Tayyip Erdogan in Ankara. Anwar said trade would grow, and Erdogan agreed.", "en"),
    [["Anwar Ibrahim", person("Anwar Ibrahim")], ["Recep Tayyip Erdogan", person("Recep Tayyip Erdogan")], ["Anwar", person("Anwar Ibrahim")], ["Erdogan", person("Recep Tayyip Erdogan")]]);
  assert.deepEqual(people("Presiden Prabowo Subianto menerima kunjungan Perdana Menteri Anthony Albanese. Prabowo menegaskan komitmen Indonesia.", "id").map((r) => r[0]),
    ["Prabowo Subianto", "Anthony Albanese", "Prabowo"]);
});

test("the first word of anyone else's name names nobody on its own", () => {
  assert.deepEqual(people("President Recep Tayyip Erdogan met Prime Minister Anthony Albanese. Anthony said nothing.", "en").map((r) => r[0]),
    ["Recep Tayyip Erdogan", "Anthony Albanese"]);
});
