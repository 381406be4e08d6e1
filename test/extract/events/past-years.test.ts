// A year that bounds a span back to the past (`since 2013`) or names a past occasion (`signed in
// 2019`) is never the date of the meeting reported; the finest date stated near the noun wins.
// Also: series commissions in en/es/fr, English signing verbs, Japanese official working visits,
// and a meeting's own venue sentence ahead of the dateline's city.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractEvents } from "../../../src/extract/events/index.ts";
import { findDates } from "../../../src/extract/dates/index.ts";
import { context, type Spec } from "./helpers.ts";

const rows = (lang: string, text: string, specs: Spec[], extra: { published?: string | null; datelinePlace?: string; datelineDate?: string } = {}) =>
  extractEvents(context(lang, text, specs, { published: "2025-11-14", ...extra })).map((e) => [e.type, e.ordinal, e.date, e.place, e.country]);

test("a year after `since` is flagged in every language, a plain year is not", () => {
  const anchor = { published: "2025-11-14", year: 2025 };
  const cases: [string, string][] = [
    ["en", "the first state visit since 2013"], ["fr", "la première depuis 2017"], ["es", "la primera desde 2018"],
    ["de", "der erste Besuch seit 2016"], ["nl", "het eerste bezoek sinds 2014"], ["id", "kunjungan pertama sejak tahun 2015"],
    ["ms", "lawatan pertama sejak 2015"], ["vi", "chuyến thăm đầu tiên kể từ năm 2016"], ["ru", "первый визит с 2013 года"],
    ["ar", "أول زيارة منذ عام ٢٠١٣"], ["zh", "这是2013年以来的首次访问"], ["ja", "2013年以来の訪問"], ["ko", "2013년 이후 첫 방문"],
  ];
  for (const [lang, text] of cases) {
    const ds = findDates(text, lang, anchor);
    assert.equal(ds.length, 1, `${lang}: ${text}`);
    assert.equal(ds[0]!.since, true, `${lang}: ${text}`);
  }
  const plain = findDates("the agreement of 2013", "en", anchor);
  assert.equal(plain[0]!.since, undefined);
});

test("the meeting's day wins over a past year in its sentence (en, fr, es, de)", () => {
  const ke: Spec[] = [["Nairobi", "place:Nairobi", "Nairobi"], ["Kenya", "country:KE", "Kenya"], ["Murmu", "person:droupadi murmu", "Droupadi Murmu"]];
  assert.deepEqual(rows("en", "President Murmu arrived in Nairobi on Wednesday for the first state visit to Kenya since 2013.", ke),
    [["state_visit", 1, "2025-11-12", "Nairobi", "KE"]]);
  assert.deepEqual(rows("fr", "Le Maroc et la Mauritanie ont tenu jeudi à Rabat la 13e session de la Commission mixte, la première depuis 2013.",
    [["Rabat", "place:Rabat", "Rabat"]]), [["ministerial", 13, "2025-11-13", "Rabat", "MA"]]);
  // No publication date: the weekday cannot be placed, and the year after `desde` is no date either.
  assert.deepEqual(rows("es", "Los cancilleres presidieron este jueves en Lima la XIII Comisión Binacional, la primera desde que se celebró en 2018.",
    [["Lima", "place:Lima", "Lima"]], { published: null }), [["ministerial", 13, null, "Lima", "PE"]]);
  assert.deepEqual(rows("de", "Am Donnerstag begann in Berlin der erste Staatsbesuch des Präsidenten seit 2016.", [["Berlin", "place:Berlin", "Berlin"]]),
    [["state_visit", 1, "2025-11-13", "Berlin", "DE"]]);
});

test("a past year on the news gives way to the day the next sentence reports", () => {
  const specs: Spec[] = [["Hanoi", "place:Hanoi", "Hanoi"], ["Laos", "country:LA", "Laos"], ["Viet Nam", "country:VN", "Viet Nam"]];
  assert.deepEqual(rows("en", "Viet Nam and Laos held the Joint Commission in Hanoi, last held in 2018. The ministers met yesterday at the Government Office.", specs),
    [["ministerial", null, "2025-11-13", "Hanoi", "VN"]]);
});

test("an agreement signed in a past year is not the news; a signing on a day is (en)", () => {
  const specs: Spec[] = [["Accra", "place:Accra", "Accra"], ["Ghana", "country:GH", "Ghana"], ["Nigeria", "country:NG", "Nigeria"]];
  assert.deepEqual(rows("en", "The ministers reviewed the border agreement signed in 2019 in Accra.", specs), []);
  assert.deepEqual(rows("en", "Ghana and Nigeria on Thursday inked a trade pact in Accra.", specs), [["signing", null, "2025-11-13", "Accra", "GH"]]);
  assert.deepEqual(rows("en", "Ghana and Nigeria put pen to paper on a trade pact in Accra on Thursday.", specs), [["signing", null, "2025-11-13", "Accra", "GH"]]);
});

test("binational and mixed commissions are ministerial meetings with their ordinal (en, es, fr)", () => {
  const br: Spec[] = [["Brasilia", "place:Brasilia", "Brasília"], ["Brazil", "country:BR", "Brazil"], ["Argentina", "country:AR", "Argentina"]];
  const en = extractEvents(context("en", "The foreign ministers of Brazil and Argentina held the 13th meeting of the Binational Commission in Brasilia on Thursday.", br, { published: "2025-11-14" }));
  assert.deepEqual(en.map((e) => [e.type, e.ordinal, e.date, e.country]), [["ministerial", 13, "2025-11-13", "BR"]]);
  assert.match(en[0]!.name, /13th .*Binational Commission/);
  assert.deepEqual(rows("en", "Chile and Peru co-chaired the XIII Mixed Commission in Lima on Thursday.", [["Lima", "place:Lima", "Lima"]]),
    [["ministerial", 13, "2025-11-13", "Lima", "PE"]]);
  assert.deepEqual(rows("es", "Los cancilleres de Chile y Perú presidieron el jueves en Lima la XIII Comisión Binacional.", [["Lima", "place:Lima", "Lima"]]),
    [["ministerial", 13, "2025-11-13", "Lima", "PE"]]);
  assert.deepEqual(rows("fr", "Les ministres ont présidé jeudi à Dakar la 5e session de la commission binationale.", [["Dakar", "place:Dakar", "Dakar"]]),
    [["ministerial", 5, "2025-11-13", "Dakar", "SN"]]);
});

test("Japanese: an official working visit is an official visit", () => {
  const r = rows("ja", "プラボウォ大統領は13日、公式実務訪問のため東京に到着した。", [["東京", "place:Tokyo", "Tokyo"], ["プラボウォ", "person:prabowo subianto", "Prabowo Subianto"]]);
  assert.deepEqual(r, [["official_visit", null, "2025-11-13", "Tokyo", "JP"]]);
});

test("a summit's own venue sentence beats the dateline's city (ru, en)", () => {
  const ru = rows("ru", "Лидеры стран ШОС открыли в понедельник 25-й саммит организации. Встреча проходит в Самарканде.",
    [["Самарканде", "place:Samarkand", "Samarkand"]], { published: "2025-09-15", datelinePlace: "ТАШКЕНТ" });
  assert.deepEqual(ru, [["summit", 25, "2025-09-15", "Samarkand", "UZ"]]);
  const en = rows("en", "Leaders opened their 25th summit on Monday. The two-day meeting in Samarkand is hosted by Uzbekistan.",
    [["Samarkand", "place:Samarkand", "Samarkand"], ["Uzbekistan", "country:UZ", "Uzbekistan"]], { published: "2025-09-15", datelinePlace: "TASHKENT" });
  assert.deepEqual(en.map((r) => r[3]), ["Samarkand"]);
  // Without a venue sentence the dateline's city stands.
  const dl = rows("en", "Leaders opened their 25th summit on Monday.", [], { published: "2025-09-15", datelinePlace: "TASHKENT" });
  assert.deepEqual(dl.map((r) => r[3]), ["Tashkent"]);
});

test("Indonesian text reads Malay meeting nouns (a short Malay report taken for Indonesian)", () => {
  const bn: Spec[] = [["Brunei", "country:BN", "Brunei"], ["Malaysia", "country:MY", "Malaysia"], ["Putrajaya", "place:Putrajaya", "Putrajaya"]];
  assert.deepEqual(rows("id", "Sultan Brunei tiba di Putrajaya hari ini untuk lawatan rasmi ke Malaysia.", bn), [["official_visit", null, "2025-11-14", "Putrajaya", "MY"]]);
  assert.deepEqual(rows("id", "Rundingan Tahunan ke-26 antara Malaysia dan Brunei diadakan di Putrajaya hari ini.", bn), [["summit", 26, "2025-11-14", "Putrajaya", "MY"]]);
  assert.deepEqual(rows("ms", "Presiden tiba di Putrajaya hari ini untuk kunjungan resmi ke Malaysia.", bn).map((r) => r[0]), ["official_visit"]);
});

test("a visit's talks at a seat of government take its city (vi, th, de, nl, zh)", () => {
  assert.deepEqual(rows("vi", "Chiều 13/11, tại Phủ Chủ tịch, Chủ tịch nước đã hội đàm với Tổng thống Indonesia, nhân dịp Tổng thống thăm cấp nhà nước tới Việt Nam.",
    [["Indonesia", "country:ID", "Indonesia"], ["Việt Nam", "country:VN", "Viet Nam"]], { published: "2025-11-13" }),
  [["state_visit", null, "2025-11-13", "Hanoi", "VN"]]);
  assert.deepEqual(rows("th", "นายกรัฐมนตรีมาเลเซียเดินทางเยือนประเทศไทยอย่างเป็นทางการ เมื่อวันที่ 13 พฤศจิกายน 2568 และหารือกับนายกรัฐมนตรีไทยที่ทำเนียบรัฐบาล",
    [["มาเลเซีย", "country:MY", "Malaysia"], ["ประเทศไทย", "country:TH", "Thailand"], ["ไทย", "country:TH", "Thailand"]], { published: "2025-11-13" }),
  [["official_visit", null, "2025-11-13", "Bangkok", "TH"]]);
  assert.deepEqual(rows("de", "Der Premierminister ist zu einem offiziellen Besuch in Deutschland eingetroffen. Am Donnerstag empfing ihn der Kanzler im Kanzleramt.",
    [["Deutschland", "country:DE", "Germany"]], { published: "2025-11-13" }).map((r) => [r[0], r[3], r[4]]),
  [["official_visit", "Berlin", "DE"]]);
  assert.deepEqual(rows("nl", "Premier Schoof bracht een officieel bezoek aan Indonesië en sprak woensdag in het Merdeka-paleis met de president.",
    [["Indonesië", "country:ID", "Indonesia"]], { published: "2025-11-13" }).map((r) => [r[0], r[3], r[4]]),
  [["official_visit", "Jakarta", "ID"]]);
  // A building's name inside a longer word is not the building.
  assert.deepEqual(rows("en", "Kremlinology was discussed at the official visit to France on Thursday.",
    [["France", "country:FR", "France"]]).map((r) => r[3]), [null]);
});

test("relative days count from the dateline's day when the page was published after it (en, zh)", () => {
  const specs: Spec[] = [["Hanoi", "place:Hanoi", "Hanoi"], ["Viet Nam", "country:VN", "Viet Nam"]];
  const text = "The prime minister of Laos held talks with his counterpart in Hanoi yesterday, during his official visit to Viet Nam.";
  assert.deepEqual(rows("en", text, specs, { published: "2025-11-14", datelineDate: "2025-11-13" }).map((r) => r[2]), ["2025-11-12"]);
  assert.deepEqual(rows("en", text, specs, { published: "2025-11-14" }).map((r) => r[2]), ["2025-11-13"]);
  const zh = rows("zh", "老挝总理昨天在河内同越南总理举行会谈。", [["河内", "place:Hanoi", "Hanoi"]], { published: "2025-11-14", datelineDate: "2025-11-13" });
  assert.deepEqual(zh.map((r) => [r[0], r[2], r[3]]), [["talks", "2025-11-12", "Hanoi"]]);
});

test("visit words that name their destination (ja 来日, ko 방한, zh 访华); a nationality before the visitor is no destination", () => {
  const ja = extractEvents(context("ja", "マレーシアのアンワル首相は13日、公式実務訪問賓客として来日した。",
    [["マレーシア", "country:MY", "Malaysia"], ["アンワル", "person:anwar ibrahim", "Anwar Ibrahim"]], { published: "2025-11-14" }));
  assert.deepEqual(ja.map((e) => [e.type, e.date, e.country]), [["official_visit", "2025-11-13", "JP"]]);
  assert.match(ja[0]!.name, /Anwar Ibrahim to Japan/);
  const ko = extractEvents(context("ko", "안와르 총리는 13일 공식 방문 일정으로 방한했다.",
    [["안와르", "person:anwar ibrahim", "Anwar Ibrahim"]], { published: "2025-11-14" }));
  assert.deepEqual(ko.map((e) => [e.type, e.country]), [["official_visit", "KR"]]);
  const zh = extractEvents(context("zh", "马来西亚总理安瓦尔13日开始正式访问，这是他首次访华。",
    [["马来西亚", "country:MY", "Malaysia"], ["安瓦尔", "person:anwar ibrahim", "Anwar Ibrahim"]], { published: "2025-11-14" }));
  assert.deepEqual(zh.map((e) => [e.type, e.country]), [["official_visit", "CN"]]);
  // Without such a word or a marked destination, the only country named is still the destination.
  const en = extractEvents(context("en", "The prime minister began an official visit to Malaysia on Thursday.", [["Malaysia", "country:MY", "Malaysia"]], { published: "2025-11-14" }));
  assert.deepEqual(en.map((e) => e.country), ["MY"]);
});

test("in a verb-final sentence the visitor is the subject before the visit, not the person met (ja)", () => {
  const e = extractEvents(context("ja", "プラボウォ大統領は14日、日本を公式訪問し、東京で石破茂首相と首脳会談を行った。",
    [["プラボウォ", "person:prabowo subianto", "Prabowo Subianto"], ["日本", "country:JP", "Japan"], ["東京", "place:Tokyo", "Tokyo"], ["石破茂", "person:ishiba shigeru", "Ishiba Shigeru"]],
    { published: "2025-11-14" }));
  assert.equal(e[0]!.type, "official_visit");
  assert.match(e[0]!.name, /of Prabowo Subianto to Japan/);
});

test("series commissions numbered with roman numerals and endings, or spelled ordinals (fr, es, de, nl)", () => {
  const one = (lang: string, text: string) => extractEvents(context(lang, text, [], { published: "2025-11-14" })).map((e) => [e.type, e.ordinal, e.date, e.name]);
  assert.deepEqual(one("fr", "Les ministres ont coprésidé jeudi à Dakar la XIIIe session de la Grande Commission mixte."),
    [["ministerial", 13, "2025-11-13", "13th Joint Commission"]]);
  assert.deepEqual(one("es", "Se celebró en Quito la decimotercera Comisión Mixta de Cooperación el jueves."),
    [["ministerial", 13, "2025-11-13", "13th Joint Commission"]]);
  assert.deepEqual(one("de", "Am Donnerstag tagte in Berlin die dreizehnte Gemischte Kommission.").map((r) => r.slice(0, 2)), [["ministerial", 13]]);
  assert.deepEqual(one("nl", "De dertiende Gemengde Commissie kwam donderdag in Den Haag bijeen.").map((r) => r.slice(0, 2)), [["ministerial", 13]]);
});

test("a full date or month after `since` bounds a span; a span's start ahead of publication is no bound (en, es, vi)", () => {
  const a = { published: "2025-11-14", year: 2025 };
  const flags = (lang: string, text: string) => findDates(text, lang, a).map((d) => [d.value, d.since ?? false]);
  assert.deepEqual(flags("en", "the first summit since 5 May 2019 opened on Monday"), [["2019-05-05", true], ["2025-11-10", false]]);
  assert.deepEqual(flags("es", "la primera desde el 5 de mayo de 2019"), [["2019-05-05", true]]);
  assert.deepEqual(flags("vi", "lần đầu tiên kể từ ngày 5/5/2019"), [["2019-05-05", true]]);
  assert.deepEqual(flags("es", "la visita se extenderá desde el 20 de noviembre de 2025"), [["2025-11-20", false]]);
});

test("the city and month of an earlier meeting named in the sentence are not the news' (en)", () => {
  const specs: Spec[] = [["Rio de Janeiro", "place:Rio de Janeiro", "Rio de Janeiro"], ["Johannesburg", "place:Johannesburg", "Johannesburg"], ["G20", "organization:G20", "G20"]];
  const text = "The G20 summit, the first on African soil and the first after the leaders met in Rio de Janeiro in November 2024, opened in Johannesburg with a call for debt relief. Leaders gathered on Saturday at the expo centre.";
  assert.deepEqual(rows("en", text, specs, { published: "2025-11-24" }), [["summit", null, "2025-11-22", "Johannesburg", "ZA"]]);
});

test("a visit whose lead names no city takes the visited country's first city named later (en)", () => {
  const specs: Spec[] = [["Indonesia", "country:ID", "Indonesia"], ["Jakarta", "place:Jakarta", "Jakarta"], ["Paris", "place:Paris", "Paris"]];
  const text = "The president began an official visit to Indonesia on Thursday. Trade was high on the agenda. Both sides praised the relationship. "
    + "Officials in Paris welcomed the trip. Ministers said more deals would follow. The two leaders later met at the palace in Jakarta.";
  assert.deepEqual(rows("en", text, specs), [["official_visit", null, "2025-11-13", "Jakarta", "ID"]]);
});

test("the first visit since a year, in ten more languages, is dated by its day", () => {
  const cases: [string, string, string][] = [
    ["de", "Merz traf am Donnerstag in Berlin zu den ersten Regierungskonsultationen seit 2018 ein.", "summit"],
    ["nl", "Donderdag begon in Den Haag het eerste staatsbezoek sinds 2014, meldde het paleis.", "state_visit"],
    ["id", "Kunjungan kenegaraan pertama sejak 2017 itu dimulai di Jakarta pada Kamis.", "state_visit"],
    ["vi", "Chuyến thăm cấp nhà nước đầu tiên kể từ năm 2017 bắt đầu tại Hà Nội ngày 13/11.", "state_visit"],
    ["th", "การเยือนอย่างเป็นทางการครั้งแรกนับตั้งแต่ปี 2560 เริ่มขึ้นที่กรุงเทพฯ เมื่อวันที่ 13 พฤศจิกายน 2568", "official_visit"],
    ["ko", "2019년 이후 처음인 국빈 방문은 13일 서울에서 시작됐다.", "state_visit"],
    ["zh", "这是2019年以来首次国事访问，13日在北京开始。", "state_visit"],
    ["ja", "2019年以来となる国賓訪問は13日、東京で始まった。", "state_visit"],
    ["ru", "Первый с 2019 года официальный визит начался в четверг в Москве.", "official_visit"],
    ["ar", "بدأت الزيارة الرسمية الأولى منذ عام 2019 يوم الخميس في القاهرة.", "official_visit"],
  ];
  for (const [lang, text, type] of cases) {
    const evs = extractEvents(context(lang, text, [], { published: "2025-11-14" }));
    assert.deepEqual(evs.map((e) => [e.type, e.date]), [[type, "2025-11-13"]], `${lang}: ${text}`);
  }
  // With no day to give, a year recalled beside the meeting is not its date.
  const en = extractEvents(context("en", "The agreement signed in 2019 was reviewed at the Joint Commission in Kigali.", [], { published: "2025-11-14" }));
  assert.deepEqual(en.map((e) => [e.type, e.date]), [["ministerial", null]]);
});

test("a leader's visit word (ja 来日/訪日, ko 방한, zh 访华) is an official visit when the report names no other meeting", () => {
  const specs: Spec[] = [["プラボウォ", "person:prabowo subianto", "Prabowo Subianto"], ["프라보워", "person:prabowo subianto", "Prabowo Subianto"],
    ["普拉博沃", "person:prabowo subianto", "Prabowo Subianto"], ["石破", "person:ishiba shigeru", "Ishiba Shigeru"], ["インドネシア", "country:ID", "Indonesia"]];
  const ev = (lang: string, text: string) => extractEvents(context(lang, text, specs, { published: "2025-11-14" })).map((e) => [e.type, e.date, e.country]);
  // The day before the verb is the visit's, not the talks' day after it.
  assert.deepEqual(ev("ja", "インドネシアのプラボウォ大統領が13日に来日し、14日に石破首相と会談した。"), [["official_visit", "2025-11-13", "JP"]]);
  assert.deepEqual(ev("ja", "プラボウォ大統領は13日から3日間の日程で訪日する。"), [["official_visit", "2025-11-13", "JP"]]);
  assert.deepEqual(ev("ko", "프라보워 대통령은 13일 방한해 14일 이재명 대통령과 회담했다."), [["official_visit", "2025-11-13", "KR"]]);
  assert.deepEqual(ev("zh", "印尼总统普拉博沃13日抵达北京，开始访华。"), [["official_visit", "2025-11-13", "CN"]]);
  // No leader's title: a ministry delegation's trip is no official visit.
  assert.deepEqual(ev("ja", "経済産業省の代表団が13日に訪日した。"), []);
  // Beside a numbered meeting the visit word is no event of its own.
  assert.deepEqual(ev("ko", "프라보워 대통령은 13일 방한 중 제5차 한-인도네시아 산업협력위원회에 참석했다.").map((r) => r[0]), ["ministerial"]);
});

test("Arabic: a compound ordinal (الخامسة والعشرين) and a summit's city ahead of the dateline's", () => {
  const r = rows("ar", "شارك الرئيس الروسي اليوم في القمة الخامسة والعشرين لمنظمة شنغهاي للتعاون في سمرقند.",
    [["سمرقند", "place:Samarkand", "Samarkand"]], { published: "2025-09-15", datelinePlace: "موسكو" });
  assert.deepEqual(r, [["summit", 25, "2025-09-15", "Samarkand", "UZ"]]);
  const t = rows("ar", "انعقدت الدورة الحادية والثلاثين للجنة المشتركة في الرياض يوم ١٣ نوفمبر ٢٠٢٥.", [["الرياض", "place:Riyadh", "Riyadh"]]);
  assert.deepEqual(t, [["ministerial", 31, "2025-11-13", "Riyadh", "SA"]]);
});
