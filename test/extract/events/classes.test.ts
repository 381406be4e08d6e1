// Event classes seen on unseen articles: Thai visits and numbered meetings, Arabic ordinal words after
// the noun, German `3. Sitzung`, Indonesian/Malay `ke-N`, signings and talks as the news itself,
// the venue of a visit from where its talks were held, and earlier meetings of a series.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractEvents } from "../../../src/extract/events/index.ts";
import { context, type Spec } from "./helpers.ts";

const all = (lang: string, text: string, specs: Spec[], published = "2025-11-20") =>
  extractEvents(context(lang, text, specs, { published }));
const one = (lang: string, text: string, specs: Spec[], published?: string) => {
  const evs = all(lang, text, specs, published);
  assert.equal(evs.length, 1, JSON.stringify(evs.map((e) => [e.type, e.name])));
  return evs[0]!;
};
const row = (e: { type: string; ordinal: number | null; date: string | null; place: string | null; country: string | null }) =>
  [e.type, e.ordinal, e.date, e.place, e.country];

test("Thai: official visit with the destination inside the noun, numbered meetings, Buddhist Era dates", () => {
  const v = one("th", "นายกรัฐมนตรีเดินทางถึงกรุงโตเกียวเมื่อวันที่ 15 ธันวาคม 2568 เพื่อการเยือนญี่ปุ่นอย่างเป็นทางการ",
    [["โตเกียว", "place:Tokyo", "Tokyo"], ["ญี่ปุ่น", "country:JP", "Japan"]]);
  assert.deepEqual(row(v), ["official_visit", null, "2025-12-15", "Tokyo", "JP"]);
  const m = one("th", "รัฐมนตรีทั้งสองเป็นประธานร่วมการประชุมคณะกรรมาธิการร่วมว่าด้วยความร่วมมือทวิภาคี ครั้งที่ 4 ที่กรุงฮานอย เมื่อวันที่ 4 พฤศจิกายน 2568",
    [["ฮานอย", "place:Hanoi", "Hanoi"]]);
  assert.deepEqual(row(m), ["ministerial", 4, "2025-11-04", "Hanoi", "VN"]);
  const s = one("th", "นายกรัฐมนตรีเข้าร่วมการประชุมสุดยอดอาเซียน ครั้งที่ 47 ณ กรุงกัวลาลัมเปอร์",
    [["อาเซียน", "organization:ASEAN", "ASEAN"], ["กัวลาลัมเปอร์", "place:Kuala Lumpur", "Kuala Lumpur"]]);
  assert.deepEqual([s.type, s.ordinal, s.place], ["summit", 47, "Kuala Lumpur"]);
});

test("Arabic: ordinal words after the noun, consultation committees, visits, signing ceremonies", () => {
  const a = one("ar", "عقد الاجتماع الثالث للجنة التشاور السياسي بين المغرب ومصر يوم 19 نوفمبر 2025 في الرباط.",
    [["المغرب", "country:MA", "Morocco"], ["ومصر", "country:EG", "Egypt"], ["الرباط", "place:Rabat", "Rabat"]]);
  assert.deepEqual([a.type, a.ordinal, a.date], ["ministerial", 3, "2025-11-19"]);
  const b = one("ar", "ترأس الوزيران الدورة الثالثة للجنة المتابعة والتشاور السياسي في الرياض يوم ١٧ نوفمبر ٢٠٢٥.",
    [["الرياض", "place:Riyadh", "Riyadh"]]);
  assert.deepEqual(row(b), ["ministerial", 3, "2025-11-17", "Riyadh", "SA"]);
  const c = one("ar", "انطلقت أعمال القمة العاشرة بين مصر والأردن يوم ١٨ نوفمبر ٢٠٢٥.",
    [["مصر", "country:EG", "Egypt"], ["والأردن", "country:JO", "Jordan"]]);
  assert.deepEqual([c.type, c.ordinal, c.date], ["summit", 10, "2025-11-18"]);
  // `الأول` inside `الأولويات` (priorities) is no ordinal.
  const d = one("ar", "ناقش الاجتماع الوزاري الأولويات المشتركة في الرياض.", [["الرياض", "place:Riyadh", "Riyadh"]]);
  assert.equal(d.ordinal, null);
  const v = one("ar", "وصل رئيس الوزراء إلى القاهرة في زيارة رسمية إلى مصر وأجرى محادثات مع الرئيس.",
    [["القاهرة", "place:Cairo", "Cairo"], ["مصر", "country:EG", "Egypt"]]);
  assert.deepEqual([v.type, v.place, v.country], ["official_visit", "Cairo", "EG"]);
  const s = one("ar", "شهد الوزيران يوم ١٩ نوفمبر ٢٠٢٥ في القاهرة مراسم التوقيع على مذكرة تفاهم.", [["القاهرة", "place:Cairo", "Cairo"]]);
  assert.deepEqual(row(s), ["signing", null, "2025-11-19", "Cairo", "EG"]);
});

test("German: `3. Sitzung` of an economic commission, a working visit (Arbeitsbesuch) in a city of another country", () => {
  const j = one("de", "Die Minister leiteten am 18. November 2025 in Berlin die 3. Sitzung der Gemeinsamen Wirtschafts- und Handelskommission (JETCO).",
    [["Berlin", "place:Berlin", "Berlin"]]);
  assert.deepEqual(row(j), ["ministerial", 3, "2025-11-18", "Berlin", "DE"]);
  const v = one("de", "Der vietnamesische Premierminister ist zu einem Arbeitsbesuch in Berlin eingetroffen. Bei den Gesprächen mit Bundeskanzler Merz ging es um Handel. Beide Seiten unterzeichneten drei Abkommen.",
    [["vietnamesische", "country:VN", "Viet Nam"], ["Berlin", "place:Berlin", "Berlin"], ["Merz", "person:friedrich merz", "Friedrich Merz"]]);
  // A working visit is an official visit of lower rank (see working-visits.test.ts).
  assert.deepEqual([v.type, v.place, v.country], ["official_visit", "Berlin", "DE"]);
  // A host known only through its city is still named in English, not by its code.
  assert.match(v.name, /Germany/);
});

test("Indonesian and Malay: `ke-N` after the noun, annual leaders' meetings, joint commissions", () => {
  const a = one("id", "Kedua pemimpin menghadiri Pertemuan Tahunan Pemimpin (Annual Leaders' Meeting/ALM) ke-13 Indonesia-Malaysia di Jakarta pada 19 November 2025.",
    [["Indonesia", "country:ID", "Indonesia"], ["Malaysia", "country:MY", "Malaysia"], ["Jakarta", "place:Jakarta", "Jakarta"]]);
  assert.deepEqual(row(a), ["summit", 13, "2025-11-19", "Jakarta", "ID"]);
  const b = one("ms", "Sidang Komisi Bersama ke-5 Malaysia-Thailand telah diadakan di Putrajaya pada 18 November 2025.",
    [["Malaysia", "country:MY", "Malaysia"], ["Thailand", "country:TH", "Thailand"], ["Putrajaya", "place:Putrajaya", "Putrajaya"]]);
  assert.deepEqual([b.type, b.ordinal, b.date], ["ministerial", 5, "2025-11-18"]);
  const c = one("id", "Presiden Vietnam melakukan kunjungan kenegaraan ke Indonesia. Kedua pemimpin melakukan pembicaraan di Istana Merdeka, Jakarta.",
    [["Vietnam", "country:VN", "Viet Nam"], ["Indonesia", "country:ID", "Indonesia"], ["Jakarta", "place:Jakarta", "Jakarta"]]);
  assert.deepEqual([c.type, c.place, c.country], ["state_visit", "Jakarta", "ID"]);
});

test("Vietnamese: a dated signing is an event when no visit is reported; during a visit it folds in", () => {
  const s = one("vi", "Ngày 19/11, tại Hà Nội, Bộ Ngoại giao Việt Nam và Bộ Ngoại giao Hàn Quốc đã ký kết Bản ghi nhớ về hợp tác.",
    [["Hà Nội", "place:Hanoi", "Hanoi"], ["Việt Nam", "country:VN", "Viet Nam"], ["Hàn Quốc", "country:KR", "Republic of Korea"]]);
  assert.deepEqual([s.type, s.date, s.place], ["signing", "2025-11-19", "Hanoi"]);
  const v = one("vi", "Thủ tướng Malaysia thăm chính thức Việt Nam. Hai bên đã ký kết 5 văn kiện hợp tác tại Hà Nội ngày 19/11.",
    [["Malaysia", "country:MY", "Malaysia"], ["Việt Nam", "country:VN", "Viet Nam"], ["Hà Nội", "place:Hanoi", "Hanoi"]]);
  assert.equal(v.type, "official_visit");
});

test("talks dated to a day at a named venue are the news (zh 会谈, ko 회담, ja 会談); ja 戦略対話 with 第N回", () => {
  const pub = "2025-11-03";
  const zh = one("zh", "2日，外交部长王毅在北京同柬埔寨副首相兼外交大臣举行会谈。",
    [["王毅", "person:wang yi", "Wang Yi"], ["北京", "place:Beijing", "Beijing"], ["柬埔寨", "country:KH", "Cambodia"]], pub);
  assert.deepEqual(row(zh), ["talks", null, "2025-11-02", "Beijing", "CN"]);
  const ko = one("ko", "양국 국방장관은 2일 서울에서 회담을 갖고 방산 협력 방안을 논의했다.", [["서울에서", "place:Seoul", "Seoul"]], pub);
  assert.deepEqual(row(ko), ["talks", null, "2025-11-02", "Seoul", "KR"]);
  // `東京で` marks the city: India named next is the partner, not the host.
  const ja = one("ja", "外相は2日、東京でインドの外相と会談した。", [["東京", "place:Tokyo", "Tokyo"], ["インド", "country:IN", "India"]], pub);
  assert.deepEqual(row(ja), ["talks", null, "2025-11-02", "Tokyo", "JP"]);
  const d = one("ja", "日中両政府は2日、東京で第16回日中戦略対話を開いた。", [["東京", "place:Tokyo", "Tokyo"]], pub);
  assert.deepEqual(row(d), ["dialogue", 16, "2025-11-02", "Tokyo", "JP"]);
  // Without a day and a venue a passing mention of talks is no event.
  assert.equal(all("zh", "双方同意继续会谈。", [], pub).length, 0);
});

test("a visit's venue is the city where its talks were held, in the destination country", () => {
  const fr = one("fr", "Le président indonésien effectue une visite d'État en France. Les entretiens se sont tenus à Paris, avec Emmanuel Macron.",
    [["indonésien", "country:ID", "Indonesia"], ["France", "country:FR", "France"], ["Paris", "place:Paris", "Paris"], ["Emmanuel Macron", "person:emmanuel macron", "Emmanuel Macron"]]);
  assert.deepEqual([fr.type, fr.place, fr.country], ["state_visit", "Paris", "FR"]);
  const nl = one("nl", "De Marokkaanse minister bracht een officieel bezoek aan Nederland. De gesprekken vonden plaats op het ministerie in Den Haag.",
    [["Marokkaanse", "country:MA", "Morocco"], ["Nederland", "country:NL", "Netherlands"], ["Den Haag", "place:The Hague", "The Hague"]]);
  assert.deepEqual([nl.type, nl.place, nl.country], ["official_visit", "The Hague", "NL"]);
});

test("an earlier meeting of a series keeps its own year and place", () => {
  const es = all("es", "La cumbre UE-CELAC se celebrará en noviembre. La anterior cumbre UE-CELAC se celebró en Bruselas en 2023.",
    [["UE", "organization:EU", "European Union"], ["CELAC", "organization:CELAC", "CELAC"], ["Bruselas", "place:Brussels", "Brussels"]]);
  assert.equal(es.length, 2);
  assert.deepEqual([es[1]!.date, es[1]!.place], ["2023", "Brussels"]);
  assert.notEqual(es[0]!.place, "Brussels");
  const ja = all("ja", "第10回日韓首脳会議が2日、ソウルで開かれた。前回の首脳会議は2024年に東京で開かれた。",
    [["ソウル", "place:Seoul", "Seoul"], ["東京", "place:Tokyo", "Tokyo"]], "2025-11-03");
  assert.deepEqual(ja.map((e) => [e.ordinal, e.date, e.place]), [[10, "2025-11-02", "Seoul"], [null, "2024", "Tokyo"]]);
});
