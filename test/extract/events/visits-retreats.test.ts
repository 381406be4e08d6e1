// A named person's unqualified visit abroad is an official visit (private/transit ones are not);
// a Joint Cabinet Retreat is a numbered meeting of its own; `annual` does not hide an ordinal;
// a Japanese leaders' meeting (首脳会談) is a summit, also when only the headline names it; a
// dispatch's dateline day dates the meeting it reports undated; `se reunió con` is talks.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractEvents } from "../../../src/extract/events/index.ts";
import { context, type Spec } from "./helpers.ts";
import type { ExtractionContext } from "../../../src/extract/context.ts";

const all = (lang: string, text: string, specs: Spec[], extra: Partial<ExtractionContext> = {}) =>
  extractEvents(context(lang, text, specs, { published: "2026-02-06", ...extra }));
const one = (lang: string, text: string, specs: Spec[], extra?: Partial<ExtractionContext>) => {
  const evs = all(lang, text, specs, extra);
  assert.equal(evs.length, 1, JSON.stringify(evs.map((e) => [e.type, e.name])));
  return evs[0]!;
};
const row = (e: { type: string; ordinal: number | null; date: string | null; place: string | null; country: string | null }) =>
  [e.type, e.ordinal, e.date, e.place, e.country];

test("an unqualified visit of a named person to another country is an official visit (de, en, vi, ms)", () => {
  const de = one("de", "Außenminister Johann Wadephul ist bei seinem ersten Besuch in Kenia mit Präsident William Ruto in Nairobi zusammengetroffen.",
    [["Johann Wadephul", "person:johann wadephul"], ["Kenia", "country:KE", "Kenya"], ["William Ruto", "person:william ruto"], ["Nairobi", "place:Nairobi", "Nairobi"]]);
  assert.deepEqual([de.type, de.place, de.country], ["official_visit", "Nairobi", "KE"]);
  const en = one("en", "Foreign Minister Penny Wong arrived in Hanoi on Thursday for her visit to Vietnam.",
    [["Penny Wong", "person:penny wong"], ["Hanoi", "place:Hanoi", "Hanoi"], ["Vietnam", "country:VN", "Viet Nam"]]);
  assert.deepEqual(row(en), ["official_visit", null, "2026-02-05", "Hanoi", "VN"]);
  const vi = one("vi", "Ngày 5/2, tại Hà Nội, Thủ tướng tiếp Bộ trưởng Ngoại giao Penny Wong nhân chuyến thăm Việt Nam.",
    [["Hà Nội", "place:Hanoi", "Hanoi"], ["Penny Wong", "person:penny wong"], ["Việt Nam", "country:VN", "Viet Nam"]]);
  assert.deepEqual(row(vi), ["official_visit", null, "2026-02-05", "Hanoi", "VN"]);
  const ms = one("ms", "Menteri Luar Mohamad Hasan bertemu rakan sejawatannya di Tokyo sempena lawatan ke Jepun.",
    [["Mohamad Hasan", "person:mohamad hasan"], ["Tokyo", "place:Tokyo", "Tokyo"], ["Jepun", "country:JP", "Japan"]]);
  assert.equal(ms.type, "official_visit");
});

test("a private or transit visit stays other (en, fr)", () => {
  const en = one("en", "Former president Joko Widodo arrived in Tokyo on a private visit to Japan.",
    [["Joko Widodo", "person:joko widodo"], ["Tokyo", "place:Tokyo", "Tokyo"], ["Japan", "country:JP", "Japan"]]);
  assert.equal(en.type, "other");
  const fr = one("fr", "Le président Emmanuel Macron a fait une visite privée au Maroc, à Rabat.",
    [["Emmanuel Macron", "person:emmanuel macron"], ["Maroc", "country:MA", "Morocco"], ["Rabat", "place:Rabat", "Rabat"]]);
  assert.equal(fr.type, "other");
});

test("a numbered Joint Cabinet Retreat is a meeting named after its series (en, th)", () => {
  const en = one("en", "In the afternoon of 20 November, the two prime ministers co-chaired the 4th Lao-Thai Joint Cabinet Retreat (JCR) at National Convention Centre, Vientiane Capital.",
    [["Lao", "country:LA", "Laos"], ["Thai", "country:TH", "Thailand"], ["Vientiane", "place:Vientiane", "Vientiane"]], { published: "2025-11-21" });
  assert.deepEqual(row(en), ["other", 4, "2025-11-20", "Vientiane", "LA"]);
  assert.match(en.name, /^4th .*Joint Cabinet Retreat$/);
  const th = one("th", "นายกรัฐมนตรีเป็นประธานร่วมการประชุมคณะรัฐมนตรีร่วมไทย-ลาว ครั้งที่ 4 ที่นครหลวงเวียงจันทน์ เมื่อวันที่ 20 พฤศจิกายน 2568",
    [["ไทย", "country:TH", "Thailand"], ["ลาว", "country:LA", "Laos"], ["เวียงจันทน์", "place:Vientiane", "Vientiane"]]);
  assert.deepEqual(row(th), ["other", 4, "2025-11-20", "Vientiane", "LA"]);
});

test("`annual` between an ordinal and its noun keeps the ordinal (en)", () => {
  const e = one("en", "The leaders held the seventh annual summit between Australia and New Zealand in Queenstown on Friday.",
    [["Australia", "country:AU", "Australia"], ["New Zealand", "country:NZ", "New Zealand"]]);
  assert.deepEqual([e.type, e.ordinal], ["summit", 7]);
});

test("ja 首脳会談, ko 정상회담 are summits; a headline summit takes the lead's talks (date, place)", () => {
  const S: Spec[] = [["高市早苗", "person:takaichi sanae"], ["来日", "country:JP", "Japan"], ["韓国", "country:KR", "South Korea"],
    ["李在明", "person:lee jae myeong"], ["奈良", "place:Nara", "Nara"], ["日本", "country:JP", "Japan"]];
  const a = one("ja", "高市早苗首相は13日、来日した韓国の李在明大統領と奈良市内のホテルで首脳会談を行った。", S, { published: "2026-01-14" });
  assert.deepEqual(row(a), ["summit", null, "2026-01-13", "Nara", "JP"]);
  const text = "日本・韓国首脳会談、経済安保で連携確認\n\n高市早苗首相は13日、来日した韓国の李在明大統領と奈良市内のホテルで会談した。両首脳は協力を確認した。";
  const b = one("ja", text, S, { published: "2026-01-14", title: "日本・韓国首脳会談、経済安保で連携確認" });
  assert.deepEqual(row(b), ["summit", null, "2026-01-13", "Nara", "JP"]);
  const ko = one("ko", "이재명 대통령은 30일 서울에서 베트남 국가주석과 정상회담을 가졌다.",
    [["이재명", "person:lee jae myeong"], ["서울", "place:Seoul", "Seoul"], ["베트남", "country:VN", "Viet Nam"]], { published: "2026-01-31" });
  assert.deepEqual(row(ko), ["summit", null, "2026-01-30", "Seoul", "KR"]);
  // Talks of other parties than the headline's are another meeting.
  const c = all("ja", "日本・韓国首脳会談、経済安保で連携確認\n\n茂木外相は13日、東京でベトナムの外相と会談した。",
    [...S, ["東京", "place:Tokyo", "Tokyo"], ["ベトナム", "country:VN", "Viet Nam"]], { published: "2026-01-14", title: "日本・韓国首脳会談、経済安保で連携確認" });
  assert.deepEqual(c.map((e) => [e.type, e.place]), [["summit", null], ["talks", "Tokyo"]]);
});

test("a dispatch's dateline day dates the meeting it reports without a day (fr)", () => {
  const e = one("fr", "La sixième session de la Commission mixte RDC-Belgique s'est ouverte à Kinshasa sous la présidence des deux ministres.",
    [["RDC", "country:CD", "DR Congo"], ["Belgique", "country:BE", "Belgium"], ["Kinshasa", "place:Kinshasa", "Kinshasa"]],
    { published: "2026-02-04", datelineDate: "2026-02-03", datelinePlace: "Kinshasa" });
  assert.deepEqual(row(e), ["ministerial", 6, "2026-02-03", "Kinshasa", "CD"]);
  // Without a dateline day the meeting stays undated rather than taking the publication day.
  const u = one("fr", "La sixième session de la Commission mixte RDC-Belgique s'est ouverte à Kinshasa.",
    [["RDC", "country:CD", "DR Congo"], ["Belgique", "country:BE", "Belgium"], ["Kinshasa", "place:Kinshasa", "Kinshasa"]], { published: "2026-02-04" });
  assert.equal(u.date, null);
});

test("es: `se reunió con`, `una reunión con` are talks; `ayer jueves` is the day before publication", () => {
  const e = one("es", "El canciller argentino se reunió ayer jueves en Santiago con su homólogo chileno.",
    [["argentino", "country:AR", "Argentina"], ["Santiago", "place:Santiago", "Santiago"], ["chileno", "country:CL", "Chile"]], { published: "2026-02-07" });
  assert.deepEqual(row(e), ["talks", null, "2026-02-06", "Santiago", "CL"]);
  const m = one("es", "El ministro José Manuel Albares mantuvo ayer jueves en Madrid una reunión con su homólogo marroquí.",
    [["José Manuel Albares", "person:jose manuel albares"], ["Madrid", "place:Madrid", "Madrid"], ["marroquí", "country:MA", "Morocco"]]);
  assert.deepEqual(row(m), ["talks", null, "2026-02-05", "Madrid", "ES"]);
  // A meeting with no one named `con` it is no talks event of its own.
  assert.equal(all("es", "Los cancilleres sostuvieron ayer un encuentro en Lima.", [["Lima", "place:Lima", "Lima"]]).length, 0);
});
