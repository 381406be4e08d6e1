// Local date forms seen in unseen articles: Vietnamese `12 và 13/11` ranges, Thai two-digit
// Buddhist-era years after a month abbreviation, Arabic dates naming the month in both systems
// (Levantine and Egyptian), and German `dieses Monats`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { findDates, type DateAnchor } from "../../../src/extract/dates/index.ts";

const pub: DateAnchor = { published: "2025-11-13", year: 2025 };
const none: DateAnchor = { published: null, year: null };
const first = (language: string, text: string, anchor = pub) => findDates(text, language, anchor).map((d) => d.value)[0] ?? null;

test("Vietnamese: a two-day span joined by `và` is dated by its first day", () => {
  assert.equal(first("vi", "Khóa họp diễn ra trong hai ngày 24 và 25/11 tại Ulaanbaatar."), "2025-11-24");
  assert.equal(first("vi", "Kỳ họp diễn ra trong 2 ngày 3 và 4/12/2024 tại Viêng Chăn.", none), "2024-12-03");
  assert.equal(first("vi", "Hội nghị diễn ra ngày 12-14/11/2025 tại Hà Nội.", none), "2025-11-12");
  // `ngày 10-12/11` is 10 to 12 November, not 10 December.
  assert.equal(first("vi", "Tổng Bí thư đã thăm chính thức Kazakhstan từ ngày 10-12/11."), "2025-11-10");
  assert.equal(first("vi", "Hội nghị diễn ra ngày 10-11 tại Hà Nội."), "2025-11-10");
  // A number that is no day before `và` starts no range.
  assert.equal(first("vi", "Hai bên đã ký 3 văn kiện và ngày 13/11 sẽ khai mạc diễn đàn."), "2025-11-13");
});

test("Thai: `12 พ.ย. 68` is 12 November of Buddhist-era 2568, with or without a publication date", () => {
  assert.equal(first("th", "การประชุมจัดขึ้นเมื่อวันที่ 12 พ.ย. 68 ที่กรุงพนมเปญ", none), "2025-11-12");
  assert.equal(first("th", "นายกรัฐมนตรีเดินทางเยือนเมื่อวันที่ 3 ม.ค. 69", none), "2026-01-03");
  assert.equal(first("th", "การประชุมจัดขึ้นระหว่างวันที่ 12-14 พ.ย. 2568", none), "2025-11-12");
  // A count after the month is no year: `12 พ.ย. 10 โครงการ` (10 projects) keeps the publication year.
  assert.equal(first("th", "ลงนามเมื่อวันที่ 12 พ.ย. 10 โครงการ"), "2025-11-12");
});

test("Arabic: both month names, Arabic-Indic digits, the year after either", () => {
  assert.equal(first("ar", "عقد الاجتماع يوم ١١ تشرين الثاني / نوفمبر ٢٠٢٥ في الرياض.", none), "2025-11-11");
  assert.equal(first("ar", "وقع الجانبان الاتفاق في ٢ كانون الأول (ديسمبر) ٢٠٢٤ في عمّان.", none), "2024-12-02");
  assert.equal(first("ar", "عقدت الجولة في ٥ أيار/مايو ٢٠٢٥.", none), "2025-05-05");
});

test("German: `Anfang dieses Monats` is the publication month", () => {
  assert.equal(first("de", "Das Treffen fand Anfang dieses Monats in Berlin statt."), "2025-11");
});

test("Vietnamese `sáng nay (13/11)`, `Chiều 12-11`; German `am 12.11.`", () => {
  assert.equal(first("vi", "Sáng nay (13/11), hai bên hội đàm tại Hà Nội."), "2025-11-13");
  assert.equal(first("vi", "Chiều 12-11, hai bên hội đàm."), "2025-11-12");
  assert.equal(first("vi", "Chiều nay, hai bên hội đàm."), "2025-11-13");
  assert.equal(first("de", "Das Treffen fand am 12.11. in Berlin statt."), "2025-11-12");
  // Without `am`/`vom`, `12.11.` may be anything (a score, a section): no date.
  assert.equal(first("de", "Der Abschnitt 12.11. regelt den Zoll."), null);
});

test("an announced weekday is the coming one; a reported one the last", () => {
  const wed: DateAnchor = { published: "2025-11-12", year: 2025 }; // a Wednesday
  assert.equal(first("en", "President Lee will visit Tokyo on Friday.", wed), "2025-11-14");
  assert.equal(first("en", "President Lee visited Tokyo on Friday.", wed), "2025-11-07");
  assert.equal(first("vi", "Thủ tướng sẽ thăm Nhật Bản vào thứ Sáu.", wed), "2025-11-14");
  assert.equal(first("ru", "Путин посетит Токио в пятницу.", wed), "2025-11-14");
  assert.equal(first("ru", "Путин посетил Токио в пятницу.", wed), "2025-11-07");
  // Verb-final: the marker follows the weekday.
  assert.equal(first("ko", "이 대통령은 금요일 일본을 방문할 예정이다.", wed), "2025-11-14");
  assert.equal(first("ko", "이 대통령은 금요일 일본을 방문했다.", wed), "2025-11-07");
  assert.equal(first("ja", "首相は金曜日に訪日する予定だ。", wed), "2025-11-14");
  // The publication day itself stays itself either way.
  assert.equal(first("en", "The ministers will meet on Wednesday.", wed), "2025-11-12");
});
