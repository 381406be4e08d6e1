// How news pages state their publication date, in each language: a dateline (`TOKYO, Jan 13 (Reuters) -`),
// a labelled timestamp (`Published:`, `Đăng lúc`, `게시`, `发布时间`, `公開日`, `Veröffentlicht am`, `Publié le`,
// `Publicado el`, `Diterbitkan`, `เผยแพร่`, `Опубликовано`, `نشر في`), times before the date or with a
// word of the day (`오후 7:05`, `7:05 petang`, `เวลา 19:05`), and an update's date (`Updated`, `aktualisiert`,
// `Mis à jour`, `수정`, `更新日`, `Обновлено`) never preferred over the published one (lang/<code>/cleaning.json).
import { test } from "node:test";
import assert from "node:assert/strict";
import { cleanDocument } from "../../src/clean/index.ts";

const doc = (lines: string[]) => cleanDocument({ source: "t.txt", format: "text", text: lines.join("\n"), title: null, url: null, published: null, encoding: "utf-8" });
const body = "The two ministers agreed on a plan to expand cooperation in trade, energy and education over the next five years, officials said.";
const cases: [string, string[], string | null][] = [
  ["en reuters", ["Japan, Korea agree on trade", "", "TOKYO, Jan 13 (Reuters) - " + body, "", "Published: January 13, 2026 at 7:05 PM GMT+9"], "2026-01-13"],
  ["en updated first", ["Japan, Korea agree on trade", "", "Updated: 14 January 2026 09:00", "Published: 13 January 2026 19:05", "", body], "2026-01-13"],
  ["en published/updated one line rev", ["Japan, Korea agree", "", "Last updated 14 Jan 2026 | Published 13 Jan 2026", "", body], "2026-01-13"],
  ["en Published on", ["T", "", "Published on 13 Jan 2026, 7:05 pm", "", body], "2026-01-13"],
  ["en bare month-first", ["T", "", "January 13, 2026 7:05 PM", "", body], "2026-01-13"],
  ["vi Đăng lúc", ["Tiêu đề", "", "Đăng lúc: 19:05 13/01/2026", "", body], "2026-01-13"],
  ["vi weekday", ["Tiêu đề", "", "Thứ Ba, 13/01/2026, 19:05 (GMT+7)", "", body], "2026-01-13"],
  ["vi ngày", ["Tiêu đề", "", "Ngày đăng: 13/01/2026 - 19:05", "", body], "2026-01-13"],
  ["ko 게시", ["제목", "", "게시 2026-01-13 19:05", "", body], "2026-01-13"],
  ["ko 입력 오후", ["제목", "", "입력 2026.01.13. 오후 7:05", "", body], "2026-01-13"],
  ["ko bare 년월일 오후", ["제목", "", "2026년 1월 13일 오후 7:05", "", body], "2026-01-13"],
  ["ko 기사입력", ["제목", "", "기사입력 2026-01-13 19:05 | 최종수정 2026-01-14 08:00", "", body], "2026-01-13"],
  ["zh 发布时间", ["标题", "", "发布时间：2026年01月13日 19:05", "", body], "2026-01-13"],
  ["zh 来源", ["标题", "", "2026-01-13 19:05:11 来源：新华网", "", body], "2026-01-13"],
  ["zh 发布于", ["标题", "", "发布于 2026-01-13 19:05", "", body], "2026-01-13"],
  ["ja 公開日", ["見出し", "", "公開日：2026年1月13日 19:05", "", body], "2026-01-13"],
  ["ja 配信", ["見出し", "", "2026/01/13 19:05 配信", "", body], "2026-01-13"],
  ["ja 更新 公開", ["見出し", "", "更新日：2026年1月14日 公開日：2026年1月13日", "", body], "2026-01-13"],
  ["de Veröffentlicht am", ["Titel", "", "Veröffentlicht am 13.01.2026 um 19:05 Uhr", "", body], "2026-01-13"],
  ["de aktualisiert first", ["Titel", "", "Aktualisiert am 14.01.2026, 08:00 Uhr", "Veröffentlicht am 13.01.2026, 19:05 Uhr", "", body], "2026-01-13"],
  ["de words", ["Titel", "", "13. Januar 2026, 19:05 Uhr", "", body], "2026-01-13"],
  ["fr Publié le", ["Titre", "", "Publié le 13 janvier 2026 à 19h05", "", body], "2026-01-13"],
  ["fr Mis à jour first", ["Titre", "", "Mis à jour le 14/01/2026 à 08h00 · Publié le 13/01/2026 à 19h05", "", body], "2026-01-13"],
  ["fr Publié aujourd", ["Titre", "", "Publié le 13/01/2026 à 19:05 - Modifié le 14/01/2026", "", body], "2026-01-13"],
  ["es Publicado el", ["Título", "", "Publicado el 13 de enero de 2026 a las 19:05", "", body], "2026-01-13"],
  ["es Actualizado first", ["Título", "", "Actualizado 14/01/2026 08:00 h.", "Publicado 13/01/2026 19:05 h.", "", body], "2026-01-13"],
  ["es dateline EFE", ["Título", "", "Madrid, 13 ene (EFE).- " + body, "", "13/01/2026 19:05"], "2026-01-13"],
  ["id Diterbitkan", ["Judul", "", "Diterbitkan 13 Januari 2026, 19:05 WIB", "", body], "2026-01-13"],
  ["id Selasa", ["Judul", "", "Selasa, 13 Jan 2026 19:05 WIB", "", body], "2026-01-13"],
  ["ms Diterbitkan", ["Tajuk", "", "Diterbitkan pada 13 Januari 2026 7:05 petang", "", body], "2026-01-13"],
  ["th เผยแพร่", ["หัวข้อ", "", "เผยแพร่: 13 ม.ค. 2569 19:05 น.", "", body], "2026-01-13"],
  ["th วันที่", ["หัวข้อ", "", "วันที่ 13 มกราคม 2569 เวลา 19:05 น.", "", body], "2026-01-13"],
  ["ru Опубликовано", ["Заголовок", "", "Опубликовано: 13.01.2026 19:05", "", body], "2026-01-13"],
  ["ru Обновлено first", ["Заголовок", "", "Обновлено 14.01.2026 08:00", "Опубликовано 13.01.2026 19:05", "", body], "2026-01-13"],
  ["ru bare", ["Заголовок", "", "13 января 2026, 19:05", "", body], "2026-01-13"],
  ["ar نشر في", ["عنوان", "", "نشر في: 13 يناير 2026 - 19:05", "", body], "2026-01-13"],
  ["ar تاريخ النشر", ["عنوان", "", "تاريخ النشر: الثلاثاء 13 يناير 2026", "", body], "2026-01-13"],
  ["ar آخر تحديث first", ["عنوان", "", "آخر تحديث: 14 يناير 2026", "نشر في: 13 يناير 2026", "", body], "2026-01-13"],
  ["nl Gepubliceerd", ["Titel", "", "Gepubliceerd: 13 januari 2026 19:05", "", body], "2026-01-13"],
  ["nl Bijgewerkt first", ["Titel", "", "Bijgewerkt: 14 januari 2026 08:00", "Gepubliceerd: 13 januari 2026 19:05", "", body], "2026-01-13"],
];

for (const [name, lines, want] of cases) {
  test(`published date: ${name}`, () => assert.equal(doc(lines).published, want));
}

test("an update's date alone is still the page's date", () => {
  assert.equal(doc(["Titel", "", "Aktualisiert am 14.01.2026, 08:00 Uhr", "", body]).published, "2026-01-14");
  assert.equal(doc(["見出し", "", "更新日：2026年1月14日", "", body]).published, "2026-01-14");
});

test("datelines with the country after a city, and a city and date on a line of their own", () => {
  const fr = doc(["Titre", "", "SARREBRUCK (Allemagne), 4 juin 2026 (AFC) — La France et l'Allemagne ont tenu leur conseil des ministres commun."]);
  assert.deepEqual([fr.published, fr.datelinePlace], ["2026-06-04", "SARREBRUCK"]);
  assert.equal(doc(["Title", "", "SAARBRUCKEN, Germany, June 4, 2026 (AFP) - France and Germany held their joint cabinet meeting."]).published, "2026-06-04");
  assert.equal(doc(["Título", "", "SARREBRUCK (Alemania), 4 de junio de 2026 (EFE).- Francia y Alemania celebraron su consejo de ministros."]).published, "2026-06-04");
  const th = doc(["หัวข้อข่าว", "กรุงเทพฯ 3 ธ.ค. 2568", "", "นายกรัฐมนตรีไทยและนายกรัฐมนตรีมาเลเซียหารือกันที่ทำเนียบรัฐบาลเมื่อวันที่ 2 ธันวาคม"]);
  assert.deepEqual([th.published, th.datelinePlace], ["2025-12-03", "กรุงเทพฯ"]);
  // Prose that opens with a name, a comma and a country is no dateline.
  assert.equal(doc(["Title", "", "However, Japan, South Korea and China met in 2026 — and agreed on little.", "", "More text follows here."]).published, null);
});
