import { test } from "node:test";
import assert from "node:assert/strict";
import { cleanDocument } from "../../src/clean/index.ts";
import { dateFromUrl } from "../../src/clean/urlDate.ts";
import { matchDateline } from "../../src/clean/dateline.ts";
import type { DecodedInput } from "../../src/model.ts";

const input = (text: string, over: Partial<DecodedInput> = {}): DecodedInput => ({
  source: "t.txt", format: "text", text, title: null, url: null, published: null, encoding: "utf-8", ...over,
});
const kinds = (c: ReturnType<typeof cleanDocument>) => c.furniture.map((f) => f.kind);

test("vi: caption credit removed, caption sentence kept; Xem thêm tail and Nguồn line removed", () => {
  const c = cleanDocument(input([
    "Hà Nội, 27/10 (TTXVN) - Chiều nay, Thủ tướng Phạm Minh Chính đã tiếp Đại sứ Hàn Quốc tại trụ sở Chính phủ.",
    "Thủ tướng tiếp Đại sứ Hàn Quốc. Ảnh: Dương Giang/TTXVN",
    "Hai bên nhất trí thúc đẩy kim ngạch thương mại song phương đạt 150 tỉ USD vào năm 2030.",
    "Nguồn: https://baochinhphu.example/thu-tuong-tiep-dai-su-han-quoc-102251027183512345.htm",
    "Xem thêm:",
    "Thủ tướng dự lễ khai mạc hội chợ",
    "Bộ trưởng Ngoại giao gặp người đồng cấp",
  ].join("\n")));
  assert.equal(c.datelinePlace, "Hà Nội");
  assert.equal(c.text, "Chiều nay, Thủ tướng Phạm Minh Chính đã tiếp Đại sứ Hàn Quốc tại trụ sở Chính phủ.\nThủ tướng tiếp Đại sứ Hàn Quốc.\nHai bên nhất trí thúc đẩy kim ngạch thương mại song phương đạt 150 tỉ USD vào năm 2030.");
  assert.equal(c.url, "https://baochinhphu.example/thu-tuong-tiep-dai-su-han-quoc-102251027183512345.htm");
  assert.equal(c.published, null, "a dateline without a year and a URL number that is no date give no date");
  assert.deepEqual(kinds(c).sort(), ["caption", "dateline", "related", "source"]);
});

test("en: Yonhap dateline with full date, byline, comment counter, agency sign-off", () => {
  const c = cleanDocument(input([
    "By Kim Soo-yeon",
    "SEOUL, Oct. 27, 2025 (Yonhap) -- South Korea and ASEAN agreed Monday to upgrade their free trade agreement.",
    "",
    "The two sides said trade reached US$208.2 billion last year. (Photo: Yonhap)",
    "",
    "President Lee Jae-myung called the partnership \"a pillar of peace.\" — Yonhap",
    "Comments (3)",
  ].join("\n")));
  assert.equal(c.datelinePlace, "SEOUL");
  assert.equal(c.published, "2025-10-27");
  assert.equal(c.text, "South Korea and ASEAN agreed Monday to upgrade their free trade agreement.\n\nThe two sides said trade reached US$208.2 billion last year.\n\nPresident Lee Jae-myung called the partnership \"a pillar of peace.\"");
  assert.ok(kinds(c).includes("byline") && kinds(c).includes("comments") && kinds(c).includes("caption"));
});

test("ko: (서울=연합뉴스) dateline, [사진=…] credit, 댓글 counter, 관련기사 tail", () => {
  const c = cleanDocument(input([
    "(서울=연합뉴스) 홍길동 기자 = 이재명 대통령은 27일 쿠알라룸푸르에서 열린 한-아세안 정상회의에 참석했다.",
    "정상회의에 참석한 이재명 대통령 [사진=연합뉴스]",
    "양측은 자유무역협정 개선 협상을 내년에 시작하기로 했다.",
    "댓글 0",
    "관련기사",
    "아세안 정상회의 개막",
  ].join("\n")));
  assert.equal(c.datelinePlace, "서울");
  assert.equal(c.text, "이재명 대통령은 27일 쿠알라룸푸르에서 열린 한-아세안 정상회의에 참석했다.\n정상회의에 참석한 이재명 대통령\n양측은 자유무역협정 개선 협상을 내년에 시작하기로 했다.");
});

test("id: KOMPAS.com dateline, Baca juga inline, Sumber line, Berita Terkait tail", () => {
  const c = cleanDocument(input([
    "JAKARTA, KOMPAS.com - Presiden Prabowo Subianto bertemu Perdana Menteri Malaysia di Istana Merdeka, Senin (27/10/2025).",
    "Baca juga: Prabowo Terima Kunjungan PM Malaysia",
    "Kedua pemimpin sepakat meningkatkan kerja sama perdagangan dan investasi.",
    "Sumber: Antara",
    "Berita Terkait",
    "Menlu RI Bahas Laut China Selatan",
  ].join("\n")));
  assert.equal(c.datelinePlace, "JAKARTA");
  assert.equal(c.text, "Presiden Prabowo Subianto bertemu Perdana Menteri Malaysia di Istana Merdeka, Senin (27/10/2025).\nKedua pemimpin sepakat meningkatkan kerja sama perdagangan dan investasi.");
  assert.equal(c.url, null);
});

test("zh: 新华社 dateline, 图片来源 credit, 来源 line, 相关新闻 tail", () => {
  const c = cleanDocument(input([
    "新华社北京2025年10月27日电 中国和东盟领导人同意加快自贸区升级谈判。",
    "会议现场。图片来源：新华社",
    "双方贸易额去年达到9823亿美元。",
    "来源：新华网",
    "相关新闻",
    "东盟峰会在吉隆坡开幕",
  ].join("\n")));
  assert.equal(c.datelinePlace, "北京");
  assert.equal(c.published, "2025-10-27");
  assert.equal(c.text, "中国和东盟领导人同意加快自贸区升级谈判。\n会议现场。\n双方贸易额去年达到9823亿美元。");
});

test("ru, fr, de, es, ar: source lines and related headings in their own words", () => {
  const ru = cleanDocument(input("МОСКВА, 27 октября 2025 — Россия и АСЕАН обсудили торговлю.\nИсточник: ТАСС\nЧитайте также\nДругая новость"));
  assert.equal(ru.text, "Россия и АСЕАН обсудили торговлю.");
  assert.equal(ru.published, "2025-10-27");
  assert.equal(ru.datelinePlace, "МОСКВА");
  const fr = cleanDocument(input("Le sommet s'est tenu à Kuala Lumpur.\nLire aussi : Le Vietnam et la Corée signent un accord\nLes dirigeants ont salué les progrès.\nSource : https://www.lemonde.example/international/article/2025/10/27/asean-coree_123.html"));
  assert.equal(fr.text, "Le sommet s'est tenu à Kuala Lumpur.\nLes dirigeants ont salué les progrès.");
  assert.equal(fr.published, "2025-10-27", "date from the URL when nothing better");
  const de = cleanDocument(input("Von Anna Schmidt\nDie Gespräche dauerten drei Stunden. Foto: Max Muster/dpa\nWeitere Artikel\nAnderes Thema"));
  assert.equal(de.text, "Die Gespräche dauerten drei Stunden.");
  const es = cleanDocument(input("Los líderes firmaron el acuerdo.\nFuente: EFE\nNoticias relacionadas\nOtra noticia"));
  assert.equal(es.text, "Los líderes firmaron el acuerdo.");
  const ar = cleanDocument(input("اتفق الزعيمان على توسيع التجارة.\nالمصدر: وام\nاقرأ أيضا\nخبر آخر"));
  assert.equal(ar.text, "اتفق الزعيمان على توسيع التجارة.");
});

test("real content is not removed", () => {
  const text = [
    "Source of the dispute: the two countries disagree over fishing rights in waters that both claim, and talks have stalled for years.",
    "The photo exhibition opened on Monday and will run until the end of the month in the capital.",
    "By 2030, the two sides aim to double bilateral trade.",
    "Door de samenwerking groeide de handel snel.",
    "ASEAN - Korea relations were upgraded last year.",
  ].join("\n");
  const c = cleanDocument(input(text));
  assert.equal(c.text, text);
  assert.deepEqual(c.furniture, []);
  assert.equal(c.datelinePlace, null);
});

test("a caption printed twice is kept once; HTML metadata wins over text", () => {
  const c = cleanDocument(input("Leaders at the summit. (Photo: VNA)\nLeaders at the summit. (Photo: VNA)\nThe summit ended.", { format: "html", url: "https://a.example/x", published: "2025-01-02", title: "T" }));
  assert.equal(c.text, "Leaders at the summit.\nThe summit ended.");
  assert.equal(c.url, "https://a.example/x");
  assert.equal(c.published, "2025-01-02");
  assert.equal(c.title, "T");
});

test("plain-text headline only when it clearly is one", () => {
  const body = "The foreign ministers of ASEAN met in Vientiane on Thursday and agreed to strengthen maritime cooperation in the region.";
  assert.equal(cleanDocument(input(`ASEAN ministers agree on maritime cooperation\n\n${body}`)).title, "ASEAN ministers agree on maritime cooperation");
  assert.equal(cleanDocument(input(`The ministers met on Thursday.\n${body}`)).title, null);
  assert.equal(cleanDocument(input(`Hanoi\n${body}`)).title, null);
  assert.equal(cleanDocument(input(body)).title, null);
});

test("dates inside URLs", () => {
  assert.equal(dateFromUrl("https://baotintuc.vn/thoi-su/abc-20251027123309873.htm"), "2025-10-27");
  assert.equal(dateFromUrl("https://www.example.com/world/2025/10/27/asean-korea/"), "2025-10-27");
  assert.equal(dateFromUrl("https://nhandan.vn/abc-post900519.html"), null);
  assert.equal(dateFromUrl("https://example.com/news/20251399-x.html"), null);
});

test("dateline shapes", () => {
  assert.deepEqual(matchDateline(" date 2025-10-27 KUALA LUMPUR — Prime Minister X said"), { length: 32, text: "date 2025-10-27 KUALA LUMPUR —", place: "KUALA LUMPUR", published: "2025-10-27", monthDay: [10, 27] });
  assert.equal(matchDateline("HANOI, Oct. 27 (Yonhap) -- text")?.published, null);
  assert.equal(matchDateline("SEOUL, 27 октября — Текст")?.place, "SEOUL");
  assert.equal(matchDateline("WASHINGTON (AP) — The president said")?.place, "WASHINGTON");
  assert.equal(matchDateline("However, the talks - which began in May - stalled."), null);
  assert.equal(matchDateline("KUALA LUMPUR —"), null, "a dateline needs a body after it");
});

test("ar: a dateline without a comma, Levantine month and Arabic-Indic digits gives the date and the place", () => {
  const a = cleanDocument(input("عمّان ١١ تشرين الثاني ٢٠٢٥ (بترا) - بدأ رئيس الوزراء اليوم زيارة رسمية إلى مصر."));
  assert.equal(a.published, "2025-11-11");
  assert.equal(a.datelinePlace, "عمّان");
  assert.ok(a.text.startsWith("بدأ رئيس الوزراء"));
  const b = cleanDocument(input("القاهرة في ١١ نوفمبر ٢٠٢٥ (أ ش أ) - التقى الرئيس وزير الخارجية الأردني."));
  assert.deepEqual([b.published, b.datelinePlace], ["2025-11-11", "القاهرة"]);
  // Prose with a number and an aside in brackets is no dateline.
  const c = cleanDocument(input("The 11 ministers (ASEAN) - met in Jakarta on Monday."));
  assert.deepEqual([c.published, c.datelinePlace], [null, null]);
});

test("ru: a dateline with the year before the agency (`2025. /ТАСС/.`)", () => {
  const r = cleanDocument(input("МОСКВА, 14 ноября 2025. /ТАСС/. Президент Вьетнама прибыл в Россию с официальным визитом."));
  assert.deepEqual([r.published, r.datelinePlace], ["2025-11-14", "МОСКВА"]);
  assert.ok(r.text.startsWith("Президент"));
});

test("a known city and a full date closed by a full stop are a dateline with no dash or agency", () => {
  const r = cleanDocument(input("МОСКВА, 4 марта 2025 года. Товарооборот между Россией и Египтом вырос на 12%."));
  assert.deepEqual([r.published, r.datelinePlace], ["2025-03-04", "МОСКВА"]);
  assert.ok(r.text.startsWith("Товарооборот"));
  const d = cleanDocument(input("Berlin, 4. März 2025. Der Handel zwischen Deutschland und Kenia wuchs."));
  assert.deepEqual([d.published, d.datelinePlace], ["2025-03-04", "Berlin"]);
  // A word that is no city before a date is prose.
  const p = cleanDocument(input("However, 4 March 2025. The trade between the two countries grew."));
  assert.deepEqual([p.published, p.datelinePlace], [null, null]);
});

test("a dateline day before the publication date is kept as the filing day (year from publication)", () => {
  const a = cleanDocument(input("HANOI, Nov. 13 (VNA) – The prime ministers held talks yesterday.", { published: "2025-11-14" }));
  assert.equal(a.datelineDate, "2025-11-13");
  // Across the new year.
  const b = cleanDocument(input("SEOUL, Dec. 31 (Yonhap) -- The ministers met today.", { published: "2026-01-01" }));
  assert.equal(b.datelineDate, "2025-12-31");
  // A page dated in a time zone behind the place the report was filed from.
  assert.equal(cleanDocument(input("HANOI, Nov. 15 (VNA) – Talks were held today.", { published: "2025-11-14" })).datelineDate, "2025-11-15");
  // The same day is the filing day too (a dispatch reports, undated, what happened that day);
  // a day far from the publication date adds nothing.
  assert.equal(cleanDocument(input("HANOI, Nov. 14 (VNA) – Talks were held.", { published: "2025-11-14" })).datelineDate, "2025-11-14");
  assert.equal(cleanDocument(input("МОСКВА, 4 марта 2025 года. Переговоры прошли в Кремле.")).datelineDate, "2025-03-04");
  assert.equal(cleanDocument(input("HANOI, Oct. 2 (VNA) – Talks were held.", { published: "2025-11-14" })).datelineDate, undefined);
});

test("de: a known city and a full stop open a regional paper's story; other opening words do not", () => {
  assert.equal(matchDateline("Toulon. Mit einem gemeinsamen Bekenntnis ging der Ministerrat zu Ende.")?.place, "Toulon");
  assert.equal(matchDateline("Hamburg. Der Senat empfing die Delegation.")?.place, "Hamburg");
  assert.equal(matchDateline("Danke. Die Delegation reiste ab."), null, "not a city");
  assert.equal(matchDateline("Merz. Der Kanzler sprach lange."), null, "a name is no city");
});
