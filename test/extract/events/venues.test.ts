// The city named with a visit or dialogue is its venue, and that city's country is the host,
// whatever other countries the sentence names.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractEvents } from "../../../src/extract/events/index.ts";
import { context, type Spec } from "./helpers.ts";

const rows = (lang: string, text: string, specs: Spec[]) =>
  extractEvents(context(lang, text, specs, { published: "2025-11-27" })).map((e) => [e.type, e.date, e.place, e.country]);
const S: Spec[] = [
  ["Indonesia", "country:ID", "Indonesia"], ["Morocco", "country:MA", "Morocco"], ["Rabat", "place:Rabat", "Rabat"],
  ["Japan", "country:JP", "Japan"], ["India", "country:IN", "India"], ["New Delhi", "place:New Delhi", "New Delhi"],
  ["インド", "country:IN", "India"], ["ニューデリー", "place:New Delhi", "New Delhi"], ["日本", "country:JP", "Japan"],
  ["中国", "country:CN", "China"], ["印度", "country:IN", "India"], ["新德里", "place:New Delhi", "New Delhi"],
  ["Van Weel", "person:VanWeel"], ["Sugiono", "person:Sugiono"],
];

test("a visit named with a capital is hosted there, dated talks during it are part of it", () => {
  assert.deepEqual(rows("en", "The foreign minister of Indonesia held talks with his counterpart in Rabat on 12 November during an official visit.", S),
    [["official_visit", "2025-11-12", "Rabat", "MA"]]);
  assert.deepEqual(rows("nl", "Minister Van Weel bracht op 12 november een werkbezoek te Rabat.", S), [["official_visit", "2025-11-12", "Rabat", "MA"]]);
  assert.deepEqual(rows("id", "Menteri Luar Negeri Sugiono melakukan kunjungan kerja di Rabat pada 12 November.", S), [["official_visit", "2025-11-12", "Rabat", "MA"]]);
});

test("dialogues and ministerials held in a city are hosted by its country", () => {
  assert.deepEqual(rows("en", "The third Japan-India 2+2 Ministerial Dialogue was held in New Delhi on 12 November.", S).map((r) => r.slice(1)),
    [["2025-11-12", "New Delhi", "IN"]]);
  assert.deepEqual(rows("ja", "日本の外務大臣は12日、ニューデリーでインドの外相と会談した。", S), [["talks", "2025-11-12", "New Delhi", "IN"]]);
  assert.deepEqual(rows("zh", "中国外长12日在新德里同印度外长举行会谈。", S), [["talks", "2025-11-12", "New Delhi", "IN"]]);
  assert.deepEqual(rows("zh", "第三次中印战略对话12日在新德里举行。", S), [["dialogue", "2025-11-12", "New Delhi", "IN"]]);
});

test("venues in Thai, Japanese, Arabic and Russian spellings; a sea is none", async () => {
  const { venue } = await import("../../../src/extract/events/places.ts");
  const cases: [string, string, string][] = [
    ["พนมเปญ", "Phnom Penh", "KH"], ["เวียงจันทน์", "Vientiane", "LA"], ["นิวเดลี", "New Delhi", "IN"],
    ["アンマン", "Amman", "JO"], ["ウランバートル", "Ulaanbaatar", "MN"], ["シェムリアップ", "Siem Reap", "KH"],
    ["عمّان", "Amman", "JO"], ["أستانا", "Astana", "KZ"], ["Белград", "Belgrade", "RS"], ["Путраджая", "Putrajaya", "MY"],
    ["Santiago de Chile", "Santiago", "CL"], ["Sharm el-Sheikh", "Sharm El-Sheikh", "EG"], ["博鳌", "Boao", "CN"],
  ];
  for (const [surface, name, country] of cases) assert.deepEqual(venue(surface), { name, country }, surface);
  // Seas and regions are never venues, in any spelling.
  assert.equal(venue("Biển Đông"), null);
});

test("a city inside a building's name is not the venue: the building stands for its own city", () => {
  const B: Spec[] = [
    ["Hyderabad", "place:Hyderabad", "Hyderabad"], ["Хайдарабад", "place:Hyderabad", "Hyderabad"], ["海得拉巴", "place:Hyderabad", "Hyderabad"],
    ["India", "country:IN", "India"], ["Индию", "country:IN", "India"], ["印度", "country:IN", "India"],
    ["Washington", "place:Washington", "Washington"], ["Australia", "country:AU", "Australia"],
    ["Modi", "person:Modi"], ["Моди", "person:Modi"], ["莫迪", "person:Modi"], ["Prabowo", "person:Prabowo"], ["Прабово", "person:Prabowo"], ["普拉博沃", "person:Prabowo"],
  ];
  const place = (lang: string, text: string) => extractEvents(context(lang, text, B, { published: "2025-11-27" })).map((e) => [e.place, e.country]);
  assert.deepEqual(place("en", "Modi held talks with President Prabowo at Hyderabad House on 25 November during his state visit to India."), [["New Delhi", "IN"]]);
  assert.deepEqual(place("ru", "Моди провёл переговоры с Прабово в Хайдарабад-хаусе 25 ноября в рамках государственного визита в Индию."), [["New Delhi", "IN"]]);
  assert.deepEqual(place("zh", "印度总理莫迪25日在海得拉巴宫同对印度进行国事访问的印尼总统普拉博沃举行会谈。"), [["New Delhi", "IN"]]);
});

test("a city the hand-kept table lacks still gives its country, in the text's own spelling", async () => {
  const { venue } = await import("../../../src/extract/events/places.ts");
  assert.deepEqual(venue("Huelva"), { name: "Huelva", country: "ES" });
  assert.deepEqual(venue("Saarbrücken"), { name: "Saarbrücken", country: "DE" });
  assert.deepEqual(venue("TOULON"), { name: "Toulon", country: "FR" });
  // Shared by cities of two countries of like size: no country rather than a guess.
  assert.equal(venue("Newcastle"), null);
  // A region of the hand-kept table stays no venue, whatever the generated one holds.
  assert.equal(venue("Mekong"), null);
  const es = extractEvents(context("es", "Huelva, 24 oct (EFE).- El presidente del Gobierno y el primer ministro de Portugal celebraron este viernes en Huelva la XXXV Cumbre Hispano-Portuguesa.", [
    ["Portugal", "country:PT", "Portugal"],
  ], { published: "2025-10-24", datelinePlace: "Huelva" }));
  assert.deepEqual(es.map((e) => [e.type, e.ordinal, e.place, e.country]), [["summit", 35, "Huelva", "ES"]]);
});

test("a dateline city no table knows lies in the country the dateline names after it", async () => {
  const { analyseInput } = await import("../../../src/pipeline/analyse.ts");
  const doc = analyseInput("fr.txt", new TextEncoder().encode(
    "France et Allemagne réunies en Sarre\n\nMERZIG (Allemagne), 4 juin 2026 (AFC) — Le président Emmanuel Macron et le chancelier Friedrich Merz ont présidé jeudi le 26e Conseil des ministres franco-allemand. Les deux gouvernements ont adopté une feuille de route."));
  assert.deepEqual(doc.events.map((e) => [e.type, e.ordinal, e.date, e.place, e.country]), [["ministerial", 26, "2026-06-04", "Merzig", "DE"]]);
});
