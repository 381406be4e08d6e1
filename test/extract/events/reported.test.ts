// The main meeting's date from the sentences that report it (relative days, bare day-month, the next
// sentence), and Vietnamese signings reported as the article's own news.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractEvents } from "../../../src/extract/events/index.ts";
import { context, type Spec } from "./helpers.ts";

const rows = (lang: string, text: string, specs: Spec[], published: string | null = "2025-11-27") =>
  extractEvents(context(lang, text, specs, { published })).map((e) => [e.type, e.date, e.place, e.country]);

test("an undated main meeting takes the day stated in the next sentence", () => {
  const ma: Spec[] = [["Marokko", "country:MA", "Morocco"], ["Maroko", "country:MA", "Morocco"], ["Morocco", "country:MA", "Morocco"]];
  assert.deepEqual(rows("nl", "Minister Van Weel bracht een officieel bezoek aan Marokko. Op maandag sprak hij met zijn ambtgenoot over migratie.", ma).map((r) => r[1]), ["2025-11-24"]);
  assert.deepEqual(rows("id", "Menteri Sugiono melakukan kunjungan resmi ke Maroko. Dalam pertemuan kemarin, kedua menteri membahas kerja sama ekonomi.", ma).map((r) => r[1]), ["2025-11-26"]);
  assert.deepEqual(rows("en", "The minister paid an official visit to Morocco. She met her counterpart on 12 November.", ma).map((r) => r[1]), ["2025-11-12"]);
});

test("two different days next to the meeting, or no publication date, leave it undated", () => {
  const ma: Spec[] = [["Morocco", "country:MA", "Morocco"]];
  assert.deepEqual(rows("en", "The minister paid an official visit to Morocco. She met the king on 12 November and the premier on 14 November.", ma).map((r) => r[1]), [null]);
  assert.deepEqual(rows("en", "The minister paid an official visit to Morocco. She met her counterpart yesterday.", ma, null).map((r) => r[1]), [null]);
});

test("Vietnamese signings as the main event, dated and placed", () => {
  const specs: Spec[] = [["Hà Nội", "place:Hanoi", "Hanoi"], ["Việt Nam", "country:VN", "Vietnam"], ["Hàn Quốc", "country:KR", "Korea"]];
  const expect = [["signing", "2025-11-12", "Hanoi", "VN"]];
  assert.deepEqual(rows("vi", "Lễ ký kết Bản ghi nhớ giữa Bộ Công Thương Việt Nam và Bộ Thương mại Hàn Quốc diễn ra tại Hà Nội ngày 12/11.", specs), expect);
  assert.deepEqual(rows("vi", "Chiều 12/11, tại Hà Nội, hai bên đã ký kết Bản ghi nhớ về hợp tác thương mại.", specs), expect);
  assert.deepEqual(rows("vi", "Ngày 12/11, Bộ Công Thương Việt Nam và Bộ Thương mại Hàn Quốc đã ký kết Bản ghi nhớ. Lễ ký kết diễn ra tại Hà Nội.", specs), expect);
  assert.deepEqual(rows("vi", "Sáng 12/11 tại Hà Nội, Thứ trưởng Bộ Công Thương và Đại sứ Hàn Quốc đã ký Bản ghi nhớ về hợp tác.", specs), expect);
});

test("talks at a venue dated by the next sentence (en, id)", () => {
  assert.deepEqual(rows("en", "Foreign Minister Wong held talks with her counterpart in Rabat. The meeting took place yesterday at the foreign ministry.",
    [["Wong", "person:Wong"], ["Rabat", "place:Rabat", "Rabat"]]), [["talks", "2025-11-26", "Rabat", "MA"]]);
  assert.deepEqual(rows("id", "Menteri Luar Negeri Sugiono mengadakan pembicaraan dengan Menteri Luar Negeri Maroko di Rabat. Pertemuan itu berlangsung hari Rabu.",
    [["Sugiono", "person:S"], ["Maroko", "country:MA", "Morocco"], ["Rabat", "place:Rabat", "Rabat"]]), [["talks", "2025-11-26", "Rabat", "MA"]]);
});
