import { test } from "node:test";
import assert from "node:assert/strict";
import { extractEvents } from "../../../src/extract/events/index.ts";
import { eventKey } from "../../../src/resolve/events.ts";
import { context, type Spec } from "./helpers.ts";

const ASEAN: Spec = ["ASEAN", "organization:ASEAN"];
const KL: Spec = ["Kuala Lumpur", "place:Kuala Lumpur", "Kuala Lumpur"];

test("summit from a dateline article: ordinal, series, place, host, date from `on Monday`", () => {
  const text = "Prime Minister Phạm Minh Chính proposed three directions while addressing the 26th ASEAN-RoK Summit in Kuala Lumpur, Malaysia, on Monday.\nAt the summit, leaders said relations have grown since being elevated in 2024.";
  const ctx = context("en", text, [ASEAN, ["RoK", "country:KR", "Republic of Korea"], KL, ["Malaysia", "country:MY", "Malaysia"], ["Phạm Minh Chính", "person:pham minh chinh", "Pham Minh Chinh"]],
    { published: "2025-10-27" });
  const events = extractEvents(ctx);
  assert.equal(events.length, 1);
  const [e] = events;
  assert.equal(e.type, "summit");
  assert.equal(e.ordinal, 26);
  assert.equal(e.name, "26th ASEAN-Republic of Korea Summit");
  assert.equal(e.series, "summit:ASEAN+KR");
  assert.equal(e.date, "2025-10-27");
  assert.equal(e.place, "Kuala Lumpur");
  assert.equal(e.country, "MY");
  assert.deepEqual(e.moreSentences, [1]);
  assert.ok(e.participants.includes("person:pham minh chinh"));
});

test("the Dutch and English reports of one summit share an event key", () => {
  const nl = extractEvents(context("nl", "De 26e top tussen de ASEAN en de Republiek Korea vond plaats in Kuala Lumpur, Maleisië.",
    [ASEAN, ["Republiek Korea", "country:KR", "Republic of Korea"], KL, ["Maleisië", "country:MY", "Malaysia"]]));
  const en = extractEvents(context("en", "He addressed the 26th ASEAN-RoK Summit on Monday.", [ASEAN, ["RoK", "country:KR"]], { published: "2025-10-27" }));
  assert.equal(nl.length, 1);
  assert.equal(nl[0].country, "MY");
  assert.equal(nl[0].place, "Kuala Lumpur");
  const doc = { id: "d", published: null };
  assert.equal(eventKey(nl[0], [], doc), eventKey(en[0], [], { id: "e", published: "2025-10-27" }));
});

test("meeting nouns and ordinals in every supported language", () => {
  const cases: [string, string, Spec[], string, number | null][] = [
    ["vi", "Hội nghị Cấp cao ASEAN-Hàn Quốc lần thứ 25 đã thông qua Tuyên bố chung.", [ASEAN, ["Hàn Quốc", "country:KR"]], "summit", 25],
    ["ko", "제26차 한-아세안 정상회의가 쿠알라룸푸르에서 열렸다.", [["한", "country:KR"], ["아세안", "organization:ASEAN"]], "summit", 26],
    ["id", "KTT ASEAN-Korea ke-26 berlangsung di Kuala Lumpur.", [ASEAN, ["Korea", "country:KR"]], "summit", 26],
    ["ms", "Sidang Kemuncak ASEAN-Korea ke-26 diadakan di Kuala Lumpur.", [ASEAN, ["Korea", "country:KR"]], "summit", 26],
    ["zh", "第26次东盟-韩国峰会在吉隆坡举行。", [["东盟", "organization:ASEAN"], ["韩国", "country:KR"]], "summit", 26],
    ["zh", "第二十六次东盟-韩国峰会在吉隆坡举行。", [["东盟", "organization:ASEAN"], ["韩国", "country:KR"]], "summit", 26],
    ["ja", "第26回ASEAN・韓国首脳会議がクアラルンプールで開かれた。", [ASEAN, ["韓国", "country:KR"]], "summit", 26],
    ["fr", "Le 26e sommet ASEAN-Corée s'est tenu à Kuala Lumpur.", [ASEAN, ["Corée", "country:KR"]], "summit", 26],
    ["de", "Der 26. ASEAN-Korea-Gipfel fand in Kuala Lumpur statt.", [ASEAN, ["Korea", "country:KR"]], "summit", 26],
    ["es", "La XXVI Cumbre ASEAN-Corea se celebró en Kuala Lumpur.", [ASEAN, ["Corea", "country:KR"]], "summit", 26],
    ["th", "การประชุมสุดยอดอาเซียน-เกาหลี ครั้งที่ 26 จัดขึ้นที่กัวลาลัมเปอร์", [["อาเซียน", "organization:ASEAN"], ["เกาหลี", "country:KR"]], "summit", 26],
    ["ar", "عقدت القمة الـ26 بين آسيان وكوريا في كوالالمبور.", [["آسيان", "organization:ASEAN"], ["كوريا", "country:KR"]], "summit", 26],
    ["ru", "26-й саммит АСЕАН — Республика Корея прошёл в Куала-Лумпуре.", [["АСЕАН", "organization:ASEAN"], ["Республика Корея", "country:KR"]], "summit", 26],
    ["en", "The 58th ASEAN Foreign Ministers' Meeting opened in Kuala Lumpur.", [ASEAN, KL], "ministerial", 58],
    ["en", "Officials attended the 30th ASEAN-China Senior Officials' Meeting in Bali.", [ASEAN, ["China", "country:CN"]], "senior_officials", 30],
    ["en", "They co-chaired the 28th ASEAN-RoK Dialogue on April 4.", [ASEAN, ["RoK", "country:KR"]], "dialogue", 28],
    ["vi", "Hai bên đồng chủ trì Đối thoại ASEAN-Hàn Quốc lần thứ 28.", [ASEAN, ["Hàn Quốc", "country:KR"]], "dialogue", 28],
    ["en", "President Lee Jae Myung held talks with Prime Minister Pham Minh Chinh.", [["Lee Jae Myung", "person:lee jae myung"], ["Pham Minh Chinh", "person:pham minh chinh"]], "talks", null],
    ["vi", "Thủ tướng Phạm Minh Chính hội đàm với Tổng thống Lee Jae Myung.", [["Phạm Minh Chính", "person:pham minh chinh"], ["Lee Jae Myung", "person:lee jae myung"]], "talks", null],
    ["en", "The two ministers attended a signing ceremony in Hanoi on 27 October 2025.", [["Hanoi", "place:Hanoi"]], "signing", null],
  ];
  for (const [lang, text, specs, type, ordinal] of cases) {
    const events = extractEvents(context(lang, text, specs));
    assert.equal(events.length, 1, `${lang}: ${text} → ${JSON.stringify(events)}`);
    if (process.env.DEBUG_EVENTS) console.log(lang, JSON.stringify(events[0]));
    assert.equal(events[0].type, type, `${lang}: ${text}`);
    assert.equal(events[0].ordinal, ordinal, `${lang}: ${text}`);
    if (type === "summit") assert.equal(events[0].series, "summit:ASEAN+KR", `${lang}: ${text}`);
  }
});

test("state and official visits: visitor, destination and host country", () => {
  const nl = extractEvents(context("nl",
    "De resultaten van het staatsbezoek van secretaris-generaal To Lam aan Korea zijn duidelijk.\nDirect na de gesprekken met president Lee Jae Myung sprak hij de pers toe. Tijdens het bezoek ondertekenden beide partijen 50 documenten.",
    [["To Lam", "person:to lam", "To Lam"], ["Korea", "country:KR", "Republic of Korea"], ["Lee Jae Myung", "person:lee jae myung"]]));
  assert.equal(nl.length, 1, JSON.stringify(nl));
  assert.equal(nl[0].type, "state_visit");
  assert.equal(nl[0].country, "KR");
  assert.equal(nl[0].name, "State visit of To Lam to the Republic of Korea".replace("the ", ""));
  assert.ok(nl[0].participants.includes("person:to lam") && nl[0].participants.includes("person:lee jae myung"));
  const cases: [string, string, Spec[], string][] = [
    ["en", "General Secretary To Lam paid a state visit to the Republic of Korea.", [["To Lam", "person:to lam"], ["Republic of Korea", "country:KR"]], "state_visit"],
    ["vi", "Tổng Bí thư Tô Lâm thực hiện chuyến thăm cấp Nhà nước tới Hàn Quốc.", [["Tô Lâm", "person:to lam"], ["Hàn Quốc", "country:KR"]], "state_visit"],
    ["ko", "또 럼 서기장이 한국을 국빈 방문했다.", [["또 럼", "person:to lam"], ["한국", "country:KR"]], "state_visit"],
    ["zh", "苏林总书记对韩国进行国事访问。", [["苏林", "person:to lam"], ["韩国", "country:KR"]], "state_visit"],
    ["en", "Prime Minister Anwar Ibrahim began an official visit to Viet Nam.", [["Anwar Ibrahim", "person:anwar ibrahim"], ["Viet Nam", "country:VN"]], "official_visit"],
    ["vi", "Thủ tướng Anwar Ibrahim thăm chính thức Việt Nam.", [["Anwar Ibrahim", "person:anwar ibrahim"], ["Việt Nam", "country:VN"]], "official_visit"],
    ["nl", "Premier Rutte bracht een officieel bezoek aan Vietnam.", [["Rutte", "person:mark rutte"], ["Vietnam", "country:VN"]], "official_visit"],
    ["fr", "Le président a effectué une visite d'État en France.", [["France", "country:FR"]], "state_visit"],
    ["de", "Der Präsident reiste zu einem Staatsbesuch nach Vietnam.", [["Vietnam", "country:VN"]], "state_visit"],
  ];
  for (const [lang, text, specs, type] of cases) {
    const events = extractEvents(context(lang, text, specs));
    assert.equal(events.length, 1, `${lang}: ${text} → ${JSON.stringify(events)}`);
    if (process.env.DEBUG_EVENTS) console.log(lang, JSON.stringify(events[0]));
    assert.equal(events[0].type, type, `${lang}: ${text}`);
    assert.equal(events[0].country, specs[specs.length - 1][1].slice(8), `${lang}: ${text}`);
  }
});

test("meetings merely mentioned: one event per host and year", () => {
  const events = extractEvents(context("nl",
    "Beide partijen zullen samenwerken om de Mekong-Korea-top eind 2025 te organiseren, gevolgd door de APEC-top in Korea in 2025 en in Vietnam in 2027.",
    [["Mekong", "place:Mekong"], ["Korea", "country:KR"], ["APEC", "organization:APEC"], ["Vietnam", "country:VN"]]));
  const apec = events.filter((e) => e.series === "summit:APEC").map((e) => [e.country, e.date]);
  assert.deepEqual(apec, [["KR", "2025"], ["VN", "2027"]]);
  const mekong = events.find((e) => e.series !== "summit:APEC");
  assert.equal(mekong?.date, "2025");
  const en = extractEvents(context("en", "He wished the RoK success as Chair of the APEC Economic Leaders’ Meeting in 2025.", [["RoK", "country:KR"], ["APEC", "organization:APEC"]]));
  assert.equal(en.length, 1);
  assert.equal(en[0].type, "summit");
  assert.equal(en[0].date, "2025");
});

test("generic words make no events; they point back to the meeting", () => {
  const text = "Head of the ASEAN Senior Official Meeting (SOM) delegation co-chaired the 28th ASEAN-RoK Dialogue on April 4.\n"
    + "SOM leaders attended the event.\nThe event was attended by senior officials.\nAt the dialogue, both sides affirmed the 35th anniversary of ASEAN-RoK dialogue relations this year.\n"
    + "Viet Nam supports the resumption of inter-Korean dialogue and this process.\nThey will launch talks on the upgrade of the agreement.";
  const events = extractEvents(context("en", text, [ASEAN, ["RoK", "country:KR"], ["Viet Nam", "country:VN"]]));
  assert.equal(events.length, 1, JSON.stringify(events));
  assert.equal(events[0].type, "dialogue");
  assert.equal(events[0].date, "2024-04-04"); // the year comes from the anniversary of relations begun in 1989
  assert.deepEqual(events[0].moreSentences, [1, 2, 3, 4]);
  const nl = extractEvents(context("nl", "Tijdens de conferentie spraken de leiders. Er waren veel bijeenkomsten en gesprekken. Korea staat aan de top van de lijst."));
  assert.deepEqual(nl, []);
});

test("an undated dateline article takes its main event's place from the dateline", () => {
  const events = extractEvents(context("en", "Leaders attended the 47th ASEAN Summit on Sunday.", [ASEAN], { datelinePlace: "KUALA LUMPUR", published: "2025-10-27" }));
  assert.equal(events[0].place, "Kuala Lumpur");
  assert.equal(events[0].date, "2025-10-26");
});
