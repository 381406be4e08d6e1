// A working visit (`working visit`, `werkbezoek`, `Arbeitsbesuch`, `実務訪問`, `рабочий визит` …) is an
// official visit of lower protocol rank: the contract has no working visit, and blind gold authors type
// it official_visit. It is named with its rank, so it is an event of its own even with no other
// meeting, in every language. A private visit or a transit stays `other`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractEvents } from "../../../src/extract/events/index.ts";
import { context, type Spec } from "./helpers.ts";

const JAKARTA: Spec[] = [["Jakarta", "place:Jakarta", "Jakarta"], ["Indonesia", "country:ID", "Indonesia"]];
const rows = (lang: string, text: string, specs: Spec[]) =>
  extractEvents(context(lang, text, specs, { published: "2025-11-12" })).map((e) => [e.type, e.date, e.place, e.country]);

const cases: [lang: string, text: string, specs: Spec[], place: string | null][] = [
  ["en", "Foreign Minister Penny Wong began a working visit to Jakarta on 12 November.", [["Penny Wong", "person:penny wong"], ...JAKARTA], "Jakarta"],
  ["vi", "Ngày 12/11, Bộ trưởng Bùi Thanh Sơn có chuyến thăm làm việc tại Jakarta.", [["Bùi Thanh Sơn", "person:bui thanh son"], ...JAKARTA], "Jakarta"],
  ["nl", "Minister Van Weel bracht op 12 november een werkbezoek aan Jakarta.", [["Van Weel", "person:vincent van weel"], ...JAKARTA], "Jakarta"],
  ["ko", "조태열 장관은 12일 인도네시아를 실무 방문했다.", [["조태열", "person:cho tae yul"], ["인도네시아", "country:ID", "Indonesia"]], null],
  ["id", "Menteri Luar Negeri Sugiono melakukan kunjungan kerja ke Tokyo pada 12 November.", [["Sugiono", "person:sugiono"], ["Tokyo", "place:Tokyo", "Tokyo"]], "Tokyo"],
  ["ms", "Menteri Luar Mohamad Hasan mengadakan lawatan kerja ke Jakarta pada 12 November.", [["Mohamad Hasan", "person:mohamad hasan"], ...JAKARTA], "Jakarta"],
  ["th", "นายมาริษ เสงี่ยมพงษ์ เดินทางเยือนเพื่อทำงานที่จาการ์ตา เมื่อวันที่ 12 พฤศจิกายน 2568", [["มาริษ เสงี่ยมพงษ์", "person:maris sangiampongsa"], ["จาการ์ตา", "place:Jakarta", "Jakarta"]], "Jakarta"],
  ["zh", "王毅12日在雅加达进行工作访问。", [["王毅", "person:wang yi"], ["雅加达", "place:Jakarta", "Jakarta"]], "Jakarta"],
  ["ja", "岩屋外相は12日、インドネシアを実務訪問した。", [["岩屋", "person:iwaya takeshi"], ["インドネシア", "country:ID", "Indonesia"]], null],
  ["fr", "Le ministre Jean-Noël Barrot a effectué le 12 novembre une visite de travail à Jakarta.", [["Jean-Noël Barrot", "person:jean-noel barrot"], ...JAKARTA], "Jakarta"],
  ["de", "Außenminister Johann Wadephul ist am 12. November zu einem Arbeitsbesuch in Jakarta eingetroffen.", [["Johann Wadephul", "person:johann wadephul"], ...JAKARTA], "Jakarta"],
  ["es", "El ministro José Manuel Albares realizó el 12 de noviembre una visita de trabajo a Yakarta.", [["José Manuel Albares", "person:jose manuel albares"], ["Yakarta", "place:Jakarta", "Jakarta"]], "Jakarta"],
  ["ar", "أجرى وزير الخارجية بدر عبد العاطي زيارة عمل إلى جاكرتا يوم 12 نوفمبر.", [["بدر عبد العاطي", "person:badr abdelatty"], ["جاكرتا", "place:Jakarta", "Jakarta"]], "Jakarta"],
  ["ru", "Министр иностранных дел Сергей Лавров 12 ноября прибыл с рабочим визитом в Джакарту.", [["Сергей Лавров", "person:sergey lavrov"], ["Джакарту", "place:Jakarta", "Jakarta"]], "Jakarta"],
];

for (const [lang, text, specs, place] of cases) {
  test(`${lang}: a working visit is one official visit, in the visited country`, () => {
    const country = lang === "id" ? "JP" : "ID";
    assert.deepEqual(rows(lang, text, specs), [["official_visit", "2025-11-12", place, country]]);
  });
}

test("a private visit or a stopover stays other; an official working visit is official", () => {
  assert.deepEqual(rows("en", "Foreign Minister Penny Wong began a private visit to Jakarta on 12 November.", [["Penny Wong", "person:penny wong"], ...JAKARTA]),
    [["other", "2025-11-12", "Jakarta", "ID"]]);
  assert.deepEqual(rows("nl", "Minister Van Weel bracht op 12 november een privébezoek aan Jakarta.", [["Van Weel", "person:vincent van weel"], ...JAKARTA]).map((r) => r[0]),
    ["other"]);
  assert.deepEqual(rows("en", "Foreign Minister Penny Wong began an official visit to Jakarta on 12 November.", [["Penny Wong", "person:penny wong"], ...JAKARTA]),
    [["official_visit", "2025-11-12", "Jakarta", "ID"]]);
  assert.deepEqual(rows("ja", "プラボウォ大統領は12日、公式実務訪問のため東京に到着した。", [["プラボウォ", "person:prabowo subianto"], ["東京", "place:Tokyo", "Tokyo"]]).map((r) => r[0]),
    ["official_visit"]);
});

test("a working visit is an official visit even when the visitor is named by title alone", () => {
  assert.deepEqual(rows("en", "The Vietnamese foreign minister arrived in Jakarta on 12 November for a working visit.", [["Vietnamese", "country:VN", "Viet Nam"], ...JAKARTA]),
    [["official_visit", "2025-11-12", "Jakarta", "ID"]]);
  assert.deepEqual(rows("fr", "Le ministre vietnamien est arrivé à Jakarta le 12 novembre pour une visite de travail.", [["vietnamien", "country:VN", "Viet Nam"], ...JAKARTA]),
    [["official_visit", "2025-11-12", "Jakarta", "ID"]]);
  assert.deepEqual(rows("ko", "베트남 외교장관이 12일 자카르타를 실무 방문했다.", [["베트남", "country:VN", "Viet Nam"], ["자카르타", "place:Jakarta", "Jakarta"]]),
    [["official_visit", "2025-11-12", "Jakarta", "ID"]]);
});

test("nl: talks `gesproken met` a counterpart on a day, then `het eerste werkbezoek`: one official visit on that day there", () => {
  const S: Spec[] = [["Sugiono", "person:sugiono"], ["Den Haag", "place:The Hague", "The Hague"], ["David van Weel", "person:david van weel"], ["Nederland", "country:NL", "Netherlands"]];
  assert.deepEqual(extractEvents(context("nl", "De Indonesische minister Sugiono heeft donderdag in Den Haag gesproken met zijn Nederlandse ambtgenoot David van Weel over handel. Het was het eerste werkbezoek van Sugiono aan Nederland.", S, { published: "2026-01-16" }))
    .map((e) => [e.type, e.date, e.place, e.country]), [["official_visit", "2026-01-15", "The Hague", "NL"]]);
});
