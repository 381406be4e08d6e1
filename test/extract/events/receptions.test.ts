// A host receiving a foreign dignitary at home (`Merz received Kenyan President William Ruto`,
// `Schoof heeft … premier Pham Minh Chinh ontvangen`) reports the guest's visit to the host's country,
// held where the dateline was filed when the sentence names no place. The receiving words are data
// (`receives` in lang/<code>/events.json). Near misses: receiving money or workers, a guest with no
// title, and the passive, where the guest is named first (`was received by President Sheinbaum`).
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyseInput } from "../../../src/pipeline/analyse.ts";

const events = (name: string, text: string) =>
  analyseInput(name, new TextEncoder().encode(text)).events.map((e) => [e.type, e.date, e.place, e.country, e.name]);

test("a host receiving a titled guest is the guest's official visit to the host's country", () => {
  assert.deepEqual(events("en.txt", "BERLIN, March 4, 2025 - Chancellor Friedrich Merz received Kenyan President William Ruto at the Chancellery on Tuesday. The two leaders discussed trade, migration and climate finance."),
    [["official_visit", "2025-03-04", "Berlin", "DE", "Official visit of William Ruto to Germany"]]);
  assert.deepEqual(events("nl.txt", "Den Haag, 4 maart 2025 – Minister-president Dick Schoof heeft dinsdag in het Catshuis de Vietnamese premier Pham Minh Chinh ontvangen. De bilaterale handel tussen beide landen bedroeg vorig jaar ruim 13 miljard euro."),
    [["official_visit", "2025-03-04", "The Hague", "NL", "Official visit of Pham Minh Chinh to Netherlands"]]);
});

test("receiving money, or being received (passive), starts no visit of the wrong person", () => {
  assert.deepEqual(events("en.txt", "NAIROBI, March 4, 2025 - Kenya received 150 million euros in loans from Germany last year, the finance ministry said on Tuesday."), []);
  const passive = events("en.txt", "MEXICO CITY, March 4, 2025 - Spanish Foreign Minister José Manuel Albares was received by President Claudia Sheinbaum at the National Palace on Tuesday.");
  assert.ok(!passive.some((e) => String(e[4]).includes("Claudia Sheinbaum")), JSON.stringify(passive));
});
