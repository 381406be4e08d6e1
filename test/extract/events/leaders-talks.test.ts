// Talks of leaders are a summit: a word for the leaders of states together (`首脳`, `정상`, `leaders`,
// `Staats- und Regierungschefs`, `лидеры`, `قادة` …) right before or after the talks noun makes them
// one, in every language. Talks during a reported visit stay part of it, and talks a guest holds
// `with the leaders of` others are no summit of those leaders.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractEvents } from "../../../src/extract/events/index.ts";
import { analyseInput } from "../../../src/pipeline/analyse.ts";
import { context, type Spec } from "./helpers.ts";

const rows = (lang: string, text: string, specs: Spec[]) =>
  extractEvents(context(lang, text, specs, { published: "2026-01-14" })).map((e) => [e.type, e.date, e.place, e.country]);
const nara = (surface: string): Spec => [surface, "place:Nara", "Nara"];

const cases: [lang: string, text: string, specs: Spec[]][] = [
  ["en", "The leaders of Japan and South Korea held talks in Nara on 13 January.", [nara("Nara"), ["Japan", "country:JP"], ["South Korea", "country:KR"]]],
  ["vi", "Ngày 13/1, lãnh đạo cấp cao Nhật Bản và Hàn Quốc đã hội đàm tại Nara.", [nara("Nara"), ["Nhật Bản", "country:JP"], ["Hàn Quốc", "country:KR"]]],
  ["nl", "De leiders van Japan en Zuid-Korea voerden op 13 januari gesprekken in Nara.", [nara("Nara"), ["Japan", "country:JP"], ["Zuid-Korea", "country:KR"]]],
  ["ko", "한국과 일본 정상은 13일 나라에서 회담했다.", [nara("나라"), ["한국", "country:KR"], ["일본", "country:JP"]]],
  ["id", "Kedua pemimpin melakukan pembicaraan di Nara pada 13 Januari.", [nara("Nara")]],
  ["ms", "Kedua-dua pemimpin mengadakan rundingan di Nara pada 13 Januari.", [nara("Nara")]],
  ["th", "ผู้นำทั้งสองหารือกันที่เมืองนาระ เมื่อวันที่ 13 มกราคม 2569", [nara("นาระ")]],
  ["zh", "中日两国领导人13日在奈良举行会谈。", [nara("奈良"), ["中", "country:CN"], ["日", "country:JP"]]],
  ["fr", "Les dirigeants japonais et sud-coréen ont tenu des entretiens à Nara le 13 janvier.", [nara("Nara")]],
  ["de", "Die Regierungschefs beider Länder führten am 13. Januar in Nara Gespräche.", [nara("Nara")]],
  ["es", "Los líderes de Japón y Corea del Sur mantuvieron conversaciones en Nara el 13 de enero.", [nara("Nara"), ["Japón", "country:JP"], ["Corea del Sur", "country:KR"]]],
  ["ar", "أجرى الزعيمان محادثات في نارا يوم 13 يناير.", [nara("نارا")]],
  ["ru", "Лидеры двух стран провели переговоры в Наре 13 января.", [nara("Наре")]],
];

for (const [lang, text, specs] of cases) {
  test(`${lang}: talks of leaders are a summit`, () => {
    assert.deepEqual(rows(lang, text, specs), [["summit", "2026-01-13", "Nara", "JP"]]);
  });
}

test("ja: a headline's leaders' talks with the talks in the lead are one summit where they met", () => {
  const doc = analyseInput("ja.txt", new TextEncoder().encode(
    "日韓首脳、奈良で会談\n\n2026年1月13日 19時05分　政治\n\n高市早苗首相は13日、来日した韓国の李在明大統領と奈良市内のホテルで会談した。両首脳は経済安全保障で協力することを確認した。"));
  assert.deepEqual(doc.events.map((e) => [e.type, e.date, e.place, e.country]), [["summit", "2026-01-13", "Nara", "JP"]]);
});

test("talks during a reported visit stay part of it; talks with the leaders of others are no summit", () => {
  const S: Spec[] = [["Lawrence Wong", "person:lawrence wong"], ["Japan", "country:JP"], ["Tokyo", "place:Tokyo", "Tokyo"], ["Pacific", "organization:PIF"]];
  assert.deepEqual(rows("en", "Prime Minister Lawrence Wong began an official visit to Japan on 13 January. The two leaders held talks in Tokyo.", S),
    [["official_visit", "2026-01-13", "Tokyo", "JP"]]);
  assert.deepEqual(rows("en", "Prime Minister Lawrence Wong held talks with the leaders of Pacific island states in Tokyo on 13 January.", S).map((r) => r[0]),
    ["talks"]);
});

test("leaders of no state (business, religious, opposition leaders) holding talks make no summit", () => {
  const N: Spec[] = [nara("Nara"), ["Japan", "country:JP"], ["South Korea", "country:KR"]];
  const not: [string, string, Spec[]][] = [
    ["en", "Business leaders from Japan and South Korea held talks in Nara on 13 January.", N],
    ["es", "Los líderes empresariales de Japón y Corea del Sur mantuvieron conversaciones en Nara el 13 de enero.", [nara("Nara"), ["Japón", "country:JP"], ["Corea del Sur", "country:KR"]]],
    ["id", "Para pemimpin bisnis Jepang dan Korea Selatan melakukan pembicaraan di Nara pada 13 Januari.", [nara("Nara"), ["Jepang", "country:JP"], ["Korea Selatan", "country:KR"]]],
    ["ru", "Лидеры бизнеса двух стран провели переговоры в Наре 13 января.", [nara("Наре")]],
  ];
  for (const [lang, text, specs] of not) assert.ok(!rows(lang, text, specs).some((r) => r[0] === "summit"), `${lang}: ${text}`);
});
