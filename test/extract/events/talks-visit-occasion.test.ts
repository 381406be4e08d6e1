// Which is the news, the visit or the talks? The type the reported sentence names: talks with a guest
// told at or before a visit word that names no rank (`с визитом`, `on a visit`) are the event, the visit
// only their occasion; a visit named with its rank (`с официальным визитом`) stays the event, with
// the talks part of it (the dev gold's convention).
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractEvents } from "../../../src/extract/events/index.ts";
import { context, type Spec } from "./helpers.ts";

const RU: Spec[] = [
  ["Владимира Путина", "person:vladimir putin"], ["Владимир Путин", "person:vladimir putin"], ["Касым-Жомарта Токаева", "person:kassym-jomart tokayev"],
  ["Касым-Жомартом Токаевым", "person:kassym-jomart tokayev"], ["Токаев", "person:kassym-jomart tokayev"], ["Казахстана", "country:KZ"], ["Россию", "country:RU"],
  ["Москву", "place:Moscow", "Moscow"], ["Кремле", "place:Kremlin", "Kremlin"],
];
const types = (lang: string, text: string, specs: Spec[]) =>
  extractEvents(context(lang, text, specs, { published: "2025-11-14" })).map((e) => [e.type, e.country]);

test("ru: talks told before a bare visit word are the event", () => {
  assert.deepEqual(types("ru", "Переговоры Владимира Путина и президента Казахстана Касым-Жомарта Токаева прошли в Кремле. Стороны обсудили транспортные проекты. Токаев прибыл в Россию с визитом накануне.", RU),
    [["talks", "RU"]]);
  assert.deepEqual(types("ru", "Президент России Владимир Путин провел переговоры с президентом Казахстана Касым-Жомартом Токаевым, прибывшим в Москву с визитом.", RU),
    [["talks", "RU"]]);
});

test("ru: a visit named with its rank stays the event, its talks part of it", () => {
  assert.deepEqual(types("ru", "Президент России Владимир Путин провел переговоры с президентом Казахстана Касым-Жомартом Токаевым, прибывшим в Москву с официальным визитом.", RU),
    [["official_visit", "RU"]]);
});

test("en: talks with a guest on an unranked visit are the event", () => {
  const EN: Spec[] = [["Anwar Ibrahim", "person:anwar ibrahim"], ["Prabowo Subianto", "person:prabowo subianto"], ["Prabowo", "person:prabowo subianto"], ["Malaysia", "country:MY"], ["Kuala Lumpur", "place:Kuala Lumpur", "Kuala Lumpur"]];
  assert.deepEqual(types("en", "Prime Minister Anwar Ibrahim held talks with President Prabowo Subianto in Kuala Lumpur. Prabowo arrived in Malaysia on Thursday for a visit.", EN),
    [["talks", "MY"]]);
});
