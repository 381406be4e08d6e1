// `X ontving Y voor een staatsbezoek`: when the text names the host only by person, or names only the
// guest's own country, the host country is the receiving leader's (data/people.tsv, country column), not the guest's.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractEvents } from "../../../src/extract/events/index.ts";
import { context, type Spec } from "./helpers.ts";

const S: Spec[] = [
  ["Willem-Alexander", "person:willem alexander", "Willem-Alexander"], ["Prabowo Subianto", "person:prabowo subianto", "Prabowo Subianto"],
  ["Indonesië", "country:ID", "Indonesia"], ["indonesischen", "country:ID", "Indonesia"], ["indonésien", "country:ID", "Indonesia"], ["Indonesia", "country:ID", "Indonesia"],
  ["Frank-Walter Steinmeier", "person:frank walter steinmeier", "Frank-Walter Steinmeier"], ["Emmanuel Macron", "person:emmanuel macron", "Emmanuel Macron"],
  ["Felipe VI", "person:felipe vi", "Felipe VI"], ["Anwar Ibrahim", "person:anwar ibrahim", "Anwar Ibrahim"], ["Malaysia", "country:MY", "Malaysia"],
];
const rows = (lang: string, text: string) =>
  extractEvents(context(lang, text, S, { published: "2025-11-27" })).map((e) => [e.type, e.country, e.name]);

test("the receiving leader's country hosts a state visit whose text names only the guest's country", () => {
  assert.deepEqual(rows("nl", "Koning Willem-Alexander ontving dinsdag president Prabowo Subianto van Indonesië voor een staatsbezoek."),
    [["state_visit", "NL", "State visit of Prabowo Subianto to Netherlands"]]);
  assert.deepEqual(rows("de", "Bundespräsident Frank-Walter Steinmeier empfing am Dienstag den indonesischen Präsidenten Prabowo Subianto zum Staatsbesuch."),
    [["state_visit", "DE", "State visit of Prabowo Subianto to Germany"]]);
  assert.deepEqual(rows("fr", "Emmanuel Macron a reçu mardi le président indonésien Prabowo Subianto pour une visite d'État."),
    [["state_visit", "FR", "State visit of Prabowo Subianto to France"]]);
  assert.deepEqual(rows("es", "El rey Felipe VI recibió el martes al presidente de Indonesia, Prabowo Subianto, en visita de Estado."),
    [["state_visit", "ES", "State visit of Prabowo Subianto to Spain"]]);
});

test("a destination named as such stays the host, whoever is listed", () => {
  assert.deepEqual(rows("en", "Malaysia's Prime Minister Anwar Ibrahim received Prabowo Subianto on Tuesday during his state visit to Malaysia.").map((r) => r.slice(0, 2)),
    [["state_visit", "MY"]]);
});

test("a leader of the visited country is its host, not the visitor", () => {
  const V: Spec[] = [["Anthony Albanese", "person:anthony albanese", "Anthony Albanese"], ["Xi Jinping", "person:xi jinping", "Xi Jinping"],
    ["China", "country:CN", "China"], ["Beijing", "place:Beijing", "Beijing"], ["Путин", "person:vladimir putin", "Vladimir Putin"],
    ["Си Цзиньпином", "person:xi jinping", "Xi Jinping"], ["Китай", "country:CN", "China"], ["Пекине", "place:Beijing", "Beijing"]];
  const names = (lang: string, text: string) => extractEvents(context(lang, text, V, { published: "2025-07-17" })).map((e) => [e.country, e.name]);
  assert.deepEqual(names("en", "Prime Minister Anthony Albanese held talks with President Xi Jinping in Beijing on 15 July during an official visit to China."),
    [["CN", "Official visit of Anthony Albanese to China"]]);
  assert.deepEqual(names("ru", "Путин провел переговоры с Си Цзиньпином в Пекине 15 июля в рамках официального визита в Китай."),
    [["CN", "Official visit of Vladimir Putin to China"]]);
});
