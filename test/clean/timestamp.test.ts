import { test } from "node:test";
import assert from "node:assert/strict";
import { cleanDocument } from "../../src/clean/index.ts";
import { matchTimestampLine } from "../../src/clean/timestamp.ts";
import { matchDateline } from "../../src/clean/dateline.ts";
import type { DecodedInput } from "../../src/model.ts";

const input = (text: string): DecodedInput => ({
  source: "t.txt", format: "text", text, title: null, url: null, published: null, encoding: "utf-8",
});
const stamp = (line: string, bare = false) => matchTimestampLine(line, bare)?.published ?? null;

test("timestamp lines in many languages give the first full date", () => {
  assert.equal(stamp("Posted: 03 Feb 2026 at 11:20 | Updated: 04 Feb 2026 at 08:00"), "2026-02-03");
  assert.equal(stamp("Publié le 09/01/2026 à 07h15, mis à jour à 09h02"), "2026-01-09");
  assert.equal(stamp("Veröffentlicht am 21.01.2026"), "2026-01-21");
  assert.equal(stamp("Stand: 05.02.2026 10:41 Uhr"), "2026-02-05");
  assert.equal(stamp("Actualizado: 30/01/2026 12:05 CET"), "2026-01-30");
  assert.equal(stamp("Publicado el 2 de febrero de 2026"), "2026-02-02");
  assert.equal(stamp("Gepubliceerd op 7 januari 2026, 16:10 · Economie · Leestijd 2 minuten"), "2026-01-07");
  assert.equal(stamp("Diterbitkan: Senin, 19 Januari 2026"), "2026-01-19");
  assert.equal(stamp("Cập nhật: 08/02/2026 09:30"), "2026-02-08");
  assert.equal(stamp("입력 2026.01.14 09:12 | 수정 2026.01.15 10:00"), "2026-01-14");
  assert.equal(stamp("发布时间：2026-02-11 08:30"), "2026-02-11");
  assert.equal(stamp("Опубликовано: 12 января 2026, 14:05"), "2026-01-12");
  assert.equal(stamp("Dikemaskini: 6 Jan 2026 11:00 AM"), "2026-01-06");
});

test("numeric dates are day-first unless only month-first can be a date (US 10/27/2025)", () => {
  assert.equal(stamp("Updated: 10/27/2025 08:14 AM EDT"), "2025-10-27");
  assert.equal(stamp("Updated: 04/12/2025 08:14"), "2025-12-04");
  assert.equal(stamp("Cập nhật: 27/10/2025 09:30"), "2025-10-27");
  assert.equal(stamp("Updated: 27/13/2025"), null);
});

test("label-less timestamps only where sites print them, and never a sentence", () => {
  assert.equal(stamp("2026年1月20日 7時30分　政治", true), "2026-01-20");
  assert.equal(stamp("20 января 2026, 09:15 · Экономика", true), "2026-01-20");
  assert.equal(stamp("Senin, 19 Januari 2026 21:05 WIB", true), "2026-01-19");
  assert.equal(stamp("2026-01-20 09:12 KST", true), "2026-01-20");
  assert.equal(stamp("2026-01-20 09:12 KST"), null, "without a label, not in the middle of the body");
  assert.equal(stamp("19 January 2026 was the day the two leaders finally met in Hanoi.", true), null);
  assert.equal(stamp("2026年1月20日、両国の外相が会談した。", true), null);
  assert.equal(stamp("Published reports put trade at 12 billion dollars in 2025."), null);
  assert.equal(matchTimestampLine("BERLIN, 20. Januar 2026", true)?.place, "BERLIN");
});

test("datelines: agencies in brackets and slashes, Korean and Chinese agency forms, capital cities", () => {
  assert.equal(matchDateline("KUALA LUMPUR, 9 Jan 2026 (Bernama) -- Malaysia dan Thailand")?.published, "2026-01-09");
  assert.equal(matchDateline("Bangkok (ANTARA) - Indonesia dan Thailand sepakat")?.place, "Bangkok");
  assert.equal(matchDateline("ПЕКИН, 20 января. /ТАСС/. Министр иностранных дел")?.place, "ПЕКИН");
  assert.equal(matchDateline("Rabat, 15 ene (EFE).- Los ministros de Exteriores")?.place, "Rabat");
  assert.equal(matchDateline("[도쿄=연합뉴스] 한국과 일본은")?.place, "도쿄");
  assert.equal(matchDateline("(서울=연합뉴스) 2026.01.14 김민수 기자 = 한국과 베트남은")?.published, "2026-01-14");
  assert.equal(matchDateline("【ハノイ＝共同】ベトナムを訪問中の")?.place, "ハノイ");
  assert.equal(matchDateline("【新华社河内1月20日电】1月20日，越南")?.place, "河内");
  assert.equal(matchDateline("HANOI - Vietnam and Japan agreed")?.place, "HANOI");
  assert.equal(matchDateline("ASEAN - Japan ties are at a high"), null, "a hyphen after an acronym is prose");
  assert.equal(matchDateline("However, officials (privately) said more"), null);
});

test("cleaning takes published from the timestamp line, not from the body, and removes the line", () => {
  const c = cleanDocument(input([
    "Thailand, Cambodia agree to reopen border crossings",
    "",
    "Published: 22 Jan 2026 at 10:05",
    "",
    "BANGKOK (Reuters) — Thailand and Cambodia agreed on Wednesday to reopen two border crossings closed since 14 March 2025, the foreign ministers said.",
    "",
    "Trade across the border fell by half in 2025.",
  ].join("\n")));
  assert.equal(c.published, "2026-01-22");
  assert.equal(c.datelinePlace, "BANGKOK");
  assert.ok(!c.text.includes("Published"));
  const body = cleanDocument(input([
    "Vietnam and Laos sign cooperation plan for 2026",
    "",
    "Vietnam and Laos signed their cooperation plan on 12 January 2026 in Vientiane, officials said.",
  ].join("\n")));
  assert.equal(body.published, null, "a date in the body prose is never the publication date");
});

test("timestamp lines written in Arabic-Indic digits", () => {
  assert.equal(stamp("الأربعاء ١٢ تشرين الثاني ٢٠٢٥", true), "2025-11-12");
  assert.equal(stamp("نشر في ١٢/١١/٢٠٢٥ - ١٤:٣٠", true), "2025-11-12");
});

test("a two-digit year before a time: Buddhist era after a Thai month", () => {
  assert.equal(stamp("13 พ.ย. 68 14:30 น.", true), "2025-11-13");
  assert.equal(stamp("12 Nov 25 14:30", true), "2025-11-12");
  // Without a time after it, two digits are no year.
  assert.equal(stamp("13 พ.ย. 68", true), null);
});

test("a timestamp after an outlet name, or closing the article in brackets, is the publication date", () => {
  assert.equal(stamp("Agence Rhône Presse — Publié le 04/03/2026 à 10h05"), "2026-03-04");
  assert.equal(stamp("Nordkurier Online | Veröffentlicht am 21.01.2026"), "2026-01-21");
  // Without a label, an outlet-and-dash line is prose-like and not read.
  assert.equal(stamp("Agence Rhône Presse — le 04/03/2026 à 10h05"), null);
  assert.equal(stamp("（2026年2月3日 18時40分）", true), "2026-02-03");
  assert.equal(stamp("(2026年2月3日 18時40分)", true), "2026-02-03");
  // A bracketed aside in prose is not a timestamp.
  assert.equal(stamp("（2026年2月3日に署名された協定について、両国は実施を急ぐ。）", true), null);
});

test("a place and a full date without an agency is a dateline only when the place is known", () => {
  assert.equal(matchDateline("กรุงเทพฯ 3 มี.ค. 2569 – นายกรัฐมนตรีกล่าวว่าการเจรจาคืบหน้า")?.published, "2026-03-03");
  assert.equal(matchDateline("أبوظبي 3 مارس 2026 – أكد وزير الخارجية أن المباحثات كانت مثمرة")?.published, "2026-03-03");
  assert.equal(matchDateline("ตลาดหุ้น 3 มี.ค. 2569 – ดัชนีปรับตัวขึ้นเล็กน้อยในช่วงเช้า"), null);
});

test("with no timestamp, dateline date or URL date, a lead that opens with a full date dates the article", () => {
  const pub = (text: string) => cleanDocument(input(text)).published;
  assert.equal(pub("Tiêu đề\n\nThông cáo báo chí\n\nNgày 05/03/2026, tại Hà Nội, Bộ trưởng Bộ Công Thương đã tiếp Bộ trưởng Thương mại của nước bạn và thảo luận về hợp tác.\n\nĐoạn hai."), "2026-03-05");
  assert.equal(pub("Headline\n\nOn 5 March 2026, the foreign ministers of the two countries met in Jakarta to review the plan of action and agreed on next steps.\n\nMore."), "2026-03-05");
  assert.equal(pub("Judul berita\n\nJakarta (Kantor Berita Nusa) - Menteri Luar Negeri menerima kunjungan mitranya di Gedung Pancasila, Jakarta, Rabu (4/3/2026). Keduanya membahas kerja sama.\n\nParagraf."), "2026-03-04");
  // A date later in the lead, or in a later paragraph, is what the news is about, not when it was filed.
  assert.equal(pub("Headline\n\nThe two countries, which signed their partnership on 5 March 2019, met again in Jakarta to review the plan of action.\n\nMore."), null);
  assert.equal(pub("Judul\n\nMenteri Luar Negeri menerima kunjungan mitranya di Gedung Pancasila untuk membahas kerja sama ekonomi dan pendidikan.\n\nPertemuan berikutnya digelar Rabu (4/3/2026) di Ankara."), null);
  // A stated timestamp wins over the lead.
  assert.equal(pub("Headline\n\nPublished: 6 March 2026\n\nOn 5 March 2026, the foreign ministers of the two countries met in Jakarta to review the plan of action and agreed.\n\nMore."), "2026-03-06");
});
