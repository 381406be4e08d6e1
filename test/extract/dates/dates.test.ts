import { test } from "node:test";
import assert from "node:assert/strict";
import { findDates, documentAnchor, type DateAnchor } from "../../../src/extract/dates/index.ts";
import { context } from "../events/helpers.ts";

const published: DateAnchor = { published: "2025-10-27", year: 2025 }; // a Monday
const none: DateAnchor = { published: null, year: null };

function values(language: string, text: string, anchor: DateAnchor = published): (string | null)[] {
  return findDates(text, language, anchor).map((d) => d.value);
}

test("absolute dates in every supported language", () => {
  const cases: [string, string][] = [
    ["en", "The leaders met on October 27, 2025 in Kuala Lumpur."],
    ["en", "The summit opened on 27 October 2025."],
    ["en", "The agreement was signed on 27/10/2025."],
    ["vi", "Hội nghị diễn ra ngày 27/10/2025 tại Kuala Lumpur."],
    ["vi", "Hội nghị diễn ra ngày 27 tháng 10 năm 2025."],
    ["nl", "De top vond plaats op 27 oktober 2025 in Kuala Lumpur."],
    ["ko", "정상회의는 2025년 10월 27일 쿠알라룸푸르에서 열렸다."],
    ["zh", "峰会于2025年10月27日在吉隆坡举行。"],
    ["ja", "首脳会議は2025年10月27日にクアラルンプールで開かれた。"],
    ["id", "KTT berlangsung pada 27 Oktober 2025 di Kuala Lumpur."],
    ["ms", "Sidang Kemuncak itu diadakan pada 27 Oktober 2025."],
    ["th", "การประชุมสุดยอดจัดขึ้นเมื่อวันที่ 27 ตุลาคม 2568 ที่กัวลาลัมเปอร์"],
    ["fr", "Le sommet s'est tenu le 27 octobre 2025 à Kuala Lumpur."],
    ["de", "Der Gipfel fand am 27. Oktober 2025 in Kuala Lumpur statt."],
    ["de", "Der Gipfel fand am 27.10.2025 statt."],
    ["es", "La cumbre se celebró el 27 de octubre de 2025 en Kuala Lumpur."],
    ["ar", "عقدت القمة في 27 أكتوبر 2025 في كوالالمبور."],
    ["ar", "عقدت القمة في ٢٧ أكتوبر ٢٠٢٥."],
    ["ru", "Саммит прошёл 27 октября 2025 года в Куала-Лумпуре."],
  ];
  for (const [lang, text] of cases) assert.deepEqual(values(lang, text, none), ["2025-10-27"], `${lang}: ${text}`);
});

test("a day and month without a year takes the publication year, and stays null without an anchor", () => {
  assert.deepEqual(values("en", "co-chaired the 28th ASEAN-RoK Dialogue on April 4."), ["2025-04-04"]);
  assert.deepEqual(values("vi", "Hội nghị diễn ra ngày 27/10 tại Kuala Lumpur."), ["2025-10-27"]);
  assert.deepEqual(values("en", "co-chaired the 28th ASEAN-RoK Dialogue on April 4.", none), [null]);
  assert.deepEqual(values("en", "met on April 4.", { published: null, year: 2024 }), ["2024-04-04"]);
  // Half a year ahead of publication means last year's date.
  assert.deepEqual(values("en", "met on December 28.", { published: "2025-01-05", year: 2025 }), ["2024-12-28"]);
});

test("relative dates anchored to the publication date", () => {
  const cases: [string, string, string][] = [
    ["en", "The ministers met yesterday.", "2025-10-26"],
    ["en", "addressing the summit in Kuala Lumpur on Monday.", "2025-10-27"],
    ["en", "The ministers met on Thursday.", "2025-10-23"],
    ["en", "The delegations met last week.", "2025-10"],
    ["en", "The summit takes place this year.", "2025"],
    ["vi", "Hai bên đã hội đàm hôm qua.", "2025-10-26"],
    ["vi", "Hội nghị diễn ra vào thứ Hai.", "2025-10-27"],
    ["nl", "De ministers spraken gisteren met elkaar.", "2025-10-26"],
    ["ko", "양국 정상은 어제 회담했다.", "2025-10-26"],
    ["zh", "两国领导人昨天举行会谈。", "2025-10-26"],
    ["ja", "両首脳は昨日会談した。", "2025-10-26"],
    ["id", "Kedua menteri bertemu kemarin.", "2025-10-26"],
    ["ms", "Kedua-dua menteri bertemu semalam.", "2025-10-26"],
    ["th", "รัฐมนตรีทั้งสองพบกันเมื่อวานนี้", "2025-10-26"],
    ["fr", "Les ministres se sont rencontrés hier.", "2025-10-26"],
    ["de", "Die Minister trafen sich gestern.", "2025-10-26"],
    ["es", "Los ministros se reunieron ayer.", "2025-10-26"],
    ["ar", "التقى الوزيران أمس.", "2025-10-26"],
    ["ru", "Министры встретились вчера.", "2025-10-26"],
    ["de", "Der Gipfel fand am Montag statt.", "2025-10-27"],
    ["fr", "Le sommet s'est ouvert lundi.", "2025-10-27"],
  ];
  for (const [lang, text, want] of cases) assert.deepEqual(values(lang, text), [want], `${lang}: ${text}`);
  assert.deepEqual(values("en", "The ministers met yesterday.", none), [null]);
});

test("month-year and bare years; periods are not dates", () => {
  assert.deepEqual(values("en", "the initiative announced by the RoK in April 2023"), ["2023-04"]);
  assert.deepEqual(values("vi", "Sáng kiến được công bố tháng 4/2023."), ["2023-04"]);
  assert.deepEqual(values("nl", "de APEC-top in Korea in 2025"), ["2025"]);
  assert.deepEqual(values("en", "the Plan of Action 2021–2025 was implemented"), []);
  assert.deepEqual(values("vi", "lần thứ hai"), []); // `thứ hai` is `second` here, not Monday
});

test("the year is inferred from an anniversary the text dates", () => {
  const vi = context("vi", "Hội nghị nhân kỷ niệm 35 năm thiết lập quan hệ (1989-2024) đã thành công.");
  assert.equal(documentAnchor(vi).year, 2024);
  const en = context("en", "ASEAN welcomed the proposal on the occasion of the 35th anniversary of ASEAN-RoK dialogue relations this year.",
    [["ASEAN", "organization:ASEAN"], ["RoK", "country:KR"]]);
  assert.deepEqual(documentAnchor(en), { published: null, year: 2024 });
  const noParties = context("en", "on the occasion of the 35th anniversary of the relations this year.");
  assert.equal(documentAnchor(noParties).year, null);
});

test("`ayer jueves`, `hier jeudi`, `kemarin (Kamis)`: yesterday named with its weekday is one date, the day before publication", () => {
  const late: DateAnchor = { published: "2025-10-31", year: 2025 }; // a Friday, the day after Thursday 30
  for (const [lang, text] of [["es", "Se reunieron ayer jueves en Lima."], ["fr", "Ils se sont entretenus hier jeudi à Rabat."], ["id", "Mereka bertemu kemarin (Kamis) di Jakarta."]]) {
    assert.deepEqual(values(lang!, text!, late), ["2025-10-30"], `${lang}: ${text}`);
  }
  // Published a day late (Saturday): `yesterday` decides, the weekday does not add a second date.
  const saturday: DateAnchor = { published: "2025-11-01", year: 2025 };
  assert.deepEqual(values("es", "Se reunieron ayer jueves en Lima.", saturday), ["2025-10-31"]);
  // A weekday elsewhere in the sentence is a date of its own.
  assert.deepEqual(values("es", "Se reunieron ayer en Lima y firmarán el acuerdo el lunes.", late).length, 2);
});
