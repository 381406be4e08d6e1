// `Foreign Minister Penny Wong visited Jakarta on Tuesday`: a named person visiting a city or country,
// told with the verb rather than the noun, is the same official visit. The verb forms are data, in
// each language's visit words.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractEvents } from "../../../src/extract/events/index.ts";
import { context, type Spec } from "./helpers.ts";

const JAKARTA: Spec[] = [["Jakarta", "place:Jakarta", "Jakarta"], ["Indonesia", "country:ID", "Indonesia"]];
const rows = (lang: string, text: string, specs: Spec[]) =>
  extractEvents(context(lang, text, specs, { published: "2025-11-12" })).map((e) => [e.type, e.date, e.place, e.country]);

const cases: [lang: string, text: string, specs: Spec[]][] = [
  ["en", "Foreign Minister Penny Wong visited Jakarta on 11 November.", [["Penny Wong", "person:penny wong"], ...JAKARTA]],
  ["nl", "Minister Van Weel bezocht op 11 november Jakarta.", [["Van Weel", "person:vincent van weel"], ...JAKARTA]],
  ["de", "Außenminister Johann Wadephul besuchte am 11. November Jakarta.", [["Johann Wadephul", "person:johann wadephul"], ...JAKARTA]],
  ["fr", "Le ministre Jean-Noël Barrot a visité Jakarta le 11 novembre.", [["Jean-Noël Barrot", "person:jean-noel barrot"], ...JAKARTA]],
  ["es", "El ministro José Manuel Albares visitó Yakarta el 11 de noviembre.", [["José Manuel Albares", "person:jose manuel albares"], ["Yakarta", "place:Jakarta", "Jakarta"]]],
  ["ru", "Министр иностранных дел Сергей Лавров 11 ноября посетил Джакарту.", [["Сергей Лавров", "person:sergey lavrov"], ["Джакарту", "place:Jakarta", "Jakarta"]]],
  ["ms", "Menteri Luar Mohamad Hasan melawat Jakarta pada 11 November.", [["Mohamad Hasan", "person:mohamad hasan"], ...JAKARTA]],
];

for (const [lang, text, specs] of cases) {
  test(`${lang}: a named minister who visited a capital made an official visit there`, () => {
    assert.deepEqual(rows(lang, text, specs), [["official_visit", "2025-11-11", "Jakarta", "ID"]]);
  });
}

test("a visit verb with no visitor named, or no place visited, makes no event", () => {
  assert.deepEqual(rows("en", "Many tourists visited Jakarta on 11 November.", JAKARTA), []);
  assert.deepEqual(rows("en", "Foreign Minister Penny Wong visits often.", [["Penny Wong", "person:penny wong"]]), []);
});

test("a visit dated to an earlier year, or another person's visit elsewhere, is not the reported event", () => {
  const specs: Spec[] = [["Lee Jae-myung", "person:lee jae myung"], ["Pham Minh Chinh", "person:pham minh chinh"], ["Hanoi", "place:Hanoi", "Hanoi"],
    ["Seoul", "place:Seoul", "Seoul"], ["Jakarta", "place:Jakarta", "Jakarta"], ["Indonesia", "country:ID", "Indonesia"], ["ASEAN", "organization:ASEAN"], ["Korea", "country:KR", "Korea"]];
  const summit = extractEvents(context("en", "President Lee Jae-myung, who visited Hanoi in 2023, attended the 27th ASEAN-Korea Summit in Jakarta on 11 November. Prime Minister Pham Minh Chinh visited Seoul last year.", specs, { published: "2025-11-12" }));
  assert.deepEqual(summit.map((e) => [e.type, e.date]), [["summit", "2025-11-11"]]);
  const visit = extractEvents(context("en", "Prime Minister Pham Minh Chinh began an official visit to Indonesia on 11 November. President Lee Jae-myung visited Seoul on 12 November.", specs, { published: "2025-11-12" }));
  assert.deepEqual(visit.map((e) => [e.type, e.country, e.participants.includes("person:lee jae myung")]), [["official_visit", "ID", false]]);
});
