// Talks reported with a verb (`ได้หารือกับ`, `melakukan pertemuan bilateral dengan`, `会见`,
// `Regierungsgespräche geführt`), consultations and committees typed, the host country never a
// nationality named beside the venue, and a week made precise by the day the next sentence states.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractEvents } from "../../../src/extract/events/index.ts";
import { context, type Spec } from "./helpers.ts";

const all = (lang: string, text: string, specs: Spec[], published: string | null = "2025-11-13") =>
  extractEvents(context(lang, text, specs, { published }));
const one = (lang: string, text: string, specs: Spec[], published?: string | null) => {
  const evs = all(lang, text, specs, published);
  assert.equal(evs.length, 1, JSON.stringify(evs.map((e) => [e.type, e.name])));
  return evs[0]!;
};
const row = (e: { type: string; ordinal: number | null; date: string | null; place: string | null; country: string | null }) =>
  [e.type, e.ordinal, e.date, e.place, e.country];

test("Thai: `ได้หารือกับ` is talks; `หารือเกี่ยวกับ` (discussed about) is not", () => {
  const t = one("th", "นายกรัฐมนตรีได้หารือกับนายกรัฐมนตรีลาวที่กรุงเวียงจันทน์ เมื่อวันที่ 12 พ.ย. 68",
    [["ลาว", "country:LA", "Laos"], ["เวียงจันทน์", "place:Vientiane", "Vientiane"]], null);
  assert.deepEqual(row(t), ["talks", null, "2025-11-12", "Vientiane", "LA"]);
  assert.equal(all("th", "ทั้งสองฝ่ายหารือเกี่ยวกับการค้าชายแดนกับลาว", [["ลาว", "country:LA", "Laos"]]).length, 0);
});

test("Thai: talks stated in the sentence of a numbered commission are that commission's", () => {
  const m = one("th", "รัฐมนตรีต่างประเทศไทยและกัมพูชาเป็นประธานร่วมการประชุมคณะกรรมาธิการร่วม ครั้งที่ 11 ที่กรุงพนมเปญ เมื่อวันที่ 12 พ.ย. 68 ทั้งสองฝ่ายได้หารือกับภาคเอกชนเรื่องการค้าชายแดน",
    [["ไทย", "country:TH", "Thailand"], ["กัมพูชา", "country:KH", "Cambodia"], ["พนมเปญ", "place:Phnom Penh", "Phnom Penh"]]);
  assert.deepEqual(row(m), ["ministerial", 11, "2025-11-12", "Phnom Penh", "KH"]);
});

test("Indonesian and Malay: a bilateral meeting with someone is talks", () => {
  const id = one("id", "Presiden Prabowo Subianto melakukan pertemuan bilateral dengan Presiden Turki Recep Tayyip Erdoğan di Ankara, pada Selasa (11/11/2025).",
    [["Prabowo Subianto", "person:prabowo subianto", "Prabowo Subianto"], ["Turki", "country:TR", "Türkiye"], ["Recep Tayyip Erdoğan", "person:recep tayyip erdogan", "Recep Tayyip Erdoğan"], ["Ankara", "place:Ankara", "Ankara"]]);
  assert.deepEqual(row(id), ["talks", null, "2025-11-11", "Ankara", "TR"]);
  const ms = one("ms", "Anwar Ibrahim mengadakan pertemuan dua hala dengan Presiden Kazakhstan di Astana pada 12 November 2025.",
    [["Anwar Ibrahim", "person:anwar ibrahim", "Anwar Ibrahim"], ["Kazakhstan", "country:KZ", "Kazakhstan"], ["Astana", "place:Astana", "Astana"]]);
  assert.deepEqual(row(ms), ["talks", null, "2025-11-12", "Astana", "KZ"]);
});

test("German: Regierungsgespräche held on a day in a city", () => {
  const de = one("de", "Bundeskanzler Merz und Präsident Boric haben am 11. November 2025 in Santiago de Chile Regierungsgespräche geführt.",
    [["Merz", "person:friedrich merz", "Friedrich Merz"], ["Boric", "person:gabriel boric", "Gabriel Boric"], ["Santiago de Chile", "place:Santiago", "Santiago"]]);
  assert.deepEqual(row(de), ["talks", null, "2025-11-11", "Santiago", "CL"]);
});

test("Chinese: `会见` at a venue on a day is talks; a bare related headline is not", () => {
  const zh = one("zh", "11月11日，外交部长王毅在安曼会见约旦副首相兼外交大臣萨法迪。",
    [["王毅", "person:wang yi", "Wang Yi"], ["安曼", "place:Amman", "Amman"], ["约旦", "country:JO", "Jordan"]]);
  assert.deepEqual(row(zh), ["talks", null, "2025-11-11", "Amman", "JO"]);
  assert.equal(all("zh", "· 王毅会见缅甸外长丹穗", [["王毅", "person:wang yi", "Wang Yi"], ["缅甸", "country:MM", "Myanmar"]]).length, 0);
});

test("Japanese and Korean: a headline `外相会談` and the body's `会談した` are one talks event", () => {
  const ja = one("ja", "日・ヨルダン外相会談\n\n茂木外務大臣は11日、アンマンでヨルダンのサファディ副首相兼外相と会談した。",
    [["日", "country:JP", "Japan"], ["ヨルダン", "country:JO", "Jordan"], ["アンマン", "place:Amman", "Amman"], ["茂木", "person:motegi toshimitsu", "Motegi Toshimitsu"]]);
  assert.deepEqual(row(ja), ["talks", null, "2025-11-11", "Amman", "JO"]);
  const ko = one("ko", "한-요르단 외교장관회담 개최\n\n조현 외교부 장관은 11일 암만에서 사파디 요르단 외교장관과 회담을 가졌다.",
    [["한", "country:KR", "Republic of Korea"], ["요르단", "country:JO", "Jordan"], ["암만", "place:Amman", "Amman"], ["조현", "person:cho hyun", "Cho Hyun"]]);
  assert.deepEqual(row(ko), ["talks", null, "2025-11-11", "Amman", "JO"]);
});

test("Japanese: a country after `で` that lies elsewhere than the venue city is a nationality, not the host", () => {
  const ja = one("ja", "岸田首相は11月12日、東京の首相官邸でモンゴルのフレルスフ大統領と会談した。",
    [["岸田", "person:kishida fumio", "Kishida Fumio"], ["東京", "place:Tokyo", "Tokyo"], ["モンゴル", "country:MN", "Mongolia"]]);
  assert.deepEqual(row(ja), ["talks", null, "2025-11-12", "Tokyo", "JP"]);
});

test("consultations and committees: typed, numbered, dated", () => {
  const en = one("en", "Jordan and Serbia held the third round of political consultations in Amman last week, the ministry said.\nThe consultations were held on November 6.",
    [["Jordan", "country:JO", "Jordan"], ["Serbia", "country:RS", "Serbia"], ["Amman", "place:Amman", "Amman"]]);
  // `last week` is only a month; the next sentence's day makes it precise.
  assert.deepEqual(row(en), ["senior_officials", 3, "2025-11-06", "Amman", "JO"]);
  const ru = one("ru", "Заседание межправительственного комитета России и Сербии прошло в Белграде во вторник, 11 ноября.",
    [["России", "country:RU", "Russia"], ["Сербии", "country:RS", "Serbia"], ["Белграде", "place:Belgrade", "Belgrade"]]);
  assert.deepEqual(row(ru), ["ministerial", null, "2025-11-11", "Belgrade", "RS"]);
  const ar = one("ar", "عقدت الدورة الرابعة للجنة المصرية السعودية المشتركة في الرياض يوم ١١ تشرين الثاني / نوفمبر ٢٠٢٥.",
    [["الرياض", "place:Riyadh", "Riyadh"]], null);
  assert.deepEqual(row(ar), ["ministerial", 4, "2025-11-11", "Riyadh", "SA"]);
  const vi = one("vi", "Khóa họp lần thứ 3 Tham vấn chính trị Việt Nam - Serbia diễn ra tại Belgrade trong hai ngày 24 và 25/11.",
    [["Việt Nam", "country:VN", "Viet Nam"], ["Serbia", "country:RS", "Serbia"], ["Belgrade", "place:Belgrade", "Belgrade"]], "2025-11-26");
  assert.deepEqual(row(vi), ["senior_officials", 3, "2025-11-24", "Belgrade", "RS"]);
});

test("a headline names the meeting; the day is in the sentence after the lead", () => {
  const en = one("en", "Kenya, France hold first Strategic Dialogue in Nairobi\n\nKenya and France held their first Strategic Dialogue at the State House earlier this week, officials said.\nThe talks took place on Monday and covered maritime security.",
    [["Kenya", "country:KE", "Kenya"], ["France", "country:FR", "France"], ["Nairobi", "place:Nairobi", "Nairobi"]], "2025-11-12");
  assert.deepEqual(row(en), ["dialogue", 1, "2025-11-10", "Nairobi", "KE"]);
});

test("French `s'est entretenu avec` and Chinese `外长会谈` are talks, not a ministerial meeting", () => {
  const fr = one("fr", "Le ministre s'est entretenu avec son homologue serbe à Belgrade le 11 novembre 2025.",
    [["Belgrade", "place:Belgrade", "Belgrade"], ["serbe", "country:RS", "Serbia"]]);
  assert.deepEqual(row(fr), ["talks", null, "2025-11-11", "Belgrade", "RS"]);
  const zh = one("zh", "11月11日，王毅在乌兰巴托同蒙古国外长举行外长会谈。",
    [["王毅", "person:wang yi", "Wang Yi"], ["乌兰巴托", "place:Ulaanbaatar", "Ulaanbaatar"], ["蒙古国", "country:MN", "Mongolia"]]);
  assert.deepEqual(row(zh), ["talks", null, "2025-11-11", "Ulaanbaatar", "MN"]);
});

test("Japanese and Korean mark a place after it: `インドネシアで` hosts, `官邸でモンゴルの` does not", () => {
  // Talks at a seat of government marked as where (`首相官邸で`) were held in its city, not in the guest's country.
  assert.deepEqual(all("ja", "首相は11日、首相官邸でモンゴルの大統領と会談した。", [["モンゴル", "country:MN", "Mongolia"]]).map(row), [["talks", null, "2025-11-11", "Tokyo", "JP"]]);
  const host = one("ja", "首相は11日、インドネシアでプラボウォ大統領と会談した。",
    [["インドネシア", "country:ID", "Indonesia"], ["プラボウォ", "person:prabowo subianto", "Prabowo Subianto"]]);
  assert.equal(host.country, "ID");
  // A leaders' meeting (정상회담) is a summit, held where the seat of government stands, never in the guest's country.
  assert.deepEqual(all("ko", "이재명 대통령은 11일 청와대에서 몽골 대통령과 정상회담을 가졌다.",
    [["이재명", "person:lee jae-myung", "Lee Jae-myung"], ["몽골", "country:MN", "Mongolia"]]).map(row), [["summit", null, "2025-11-11", "Seoul", "KR"]]);
  const seoul = one("ko", "이재명 대통령은 11일 서울에서 몽골 대통령과 정상회담을 가졌다.",
    [["이재명", "person:lee jae-myung", "Lee Jae-myung"], ["서울", "place:Seoul", "Seoul"], ["몽골", "country:MN", "Mongolia"]]);
  assert.deepEqual(row(seoul), ["summit", null, "2025-11-11", "Seoul", "KR"]);
});

test("a regnal number is part of a name, not the meeting's ordinal", () => {
  const ar = one("ar", "أجرى الملك عبدالله الثاني محادثات مع الرئيس المنغولي في عمّان يوم ١١ نوفمبر ٢٠٢٥.",
    [["عبدالله الثاني", "person:abdullah ii", "Abdullah II"], ["عمّان", "place:Amman", "Amman"]], null);
  assert.deepEqual(row(ar), ["talks", null, "2025-11-11", "Amman", "JO"]);
});

test("Russian: the country a visit's verb takes is its destination, beside the visitor's own", () => {
  const ru = one("ru", "Президент Монголии посетит Россию с государственным визитом 20-22 ноября.",
    [["Монголии", "country:MN", "Mongolia"], ["Россию", "country:RU", "Russia"]]);
  assert.deepEqual(row(ru), ["state_visit", null, "2025-11-20", null, "RU"]);
});

test("committees are named after their series; `troisième session de la Commission mixte` is numbered", () => {
  const vi = one("vi", "Khóa họp lần thứ 8 Ủy ban Liên Chính phủ Việt Nam - Mông Cổ đã diễn ra tại Ulaanbaatar trong hai ngày 24 và 25/11.",
    [["Việt Nam", "country:VN", "Viet Nam"], ["Mông Cổ", "country:MN", "Mongolia"], ["Ulaanbaatar", "place:Ulaanbaatar", "Ulaanbaatar"]], "2025-11-26");
  assert.equal(vi.name, "8th Viet Nam-Mongolia Intergovernmental Committee");
  assert.deepEqual(row(vi), ["ministerial", 8, "2025-11-24", "Ulaanbaatar", "MN"]);
  // Undated talks in the sentence before are the commission's own, not a second event.
  const fr = one("fr", "Le ministre français s'est entretenu avec son homologue kényan au palais présidentiel. Les deux ministres ont tenu la troisième session de la Commission mixte franco-kényane à Nairobi mardi 11 novembre.",
    [["français", "country:FR", "France"], ["kényan", "country:KE", "Kenya"], ["Nairobi", "place:Nairobi", "Nairobi"]], "2025-11-12");
  assert.deepEqual(row(fr), ["ministerial", 3, "2025-11-11", "Nairobi", "KE"]);
  assert.match(fr.name, /^3rd .*Joint Commission$/);
});

test("Vietnamese `hội kiến` (a call on a leader) at a venue on a day is talks", () => {
  const vi = one("vi", "Chiều 12/11, tại Hà Nội, Tổng Bí thư Tô Lâm hội kiến Tổng thống Mông Cổ.",
    [["Hà Nội", "place:Hanoi", "Hanoi"], ["Tô Lâm", "person:to lam", "To Lam"], ["Mông Cổ", "country:MN", "Mongolia"]]);
  assert.deepEqual(row(vi), ["talks", null, "2025-11-12", "Hanoi", "VN"]);
});

test("talks at a building on a day take the dateline's city as their venue", () => {
  const zh = extractEvents(context("zh", "国家主席习近平12日在国家宫同蒙古国总统会谈。", [["习近平", "person:xi jinping", "Xi Jinping"], ["蒙古国", "country:MN", "Mongolia"]],
    { published: "2025-11-14", datelinePlace: "乌兰巴托" }));
  assert.deepEqual(zh.map(row), [["talks", null, "2025-11-12", "Ulaanbaatar", "MN"]]);
  // Without a dateline the building alone is no venue: nothing to report.
  assert.equal(all("zh", "国家主席习近平12日在国家宫同蒙古国总统会谈。", [["习近平", "person:xi jinping", "Xi Jinping"], ["蒙古国", "country:MN", "Mongolia"]]).length, 0);
});

test("a strategic dialogue held at a place on a day is a dialogue, named after its series", () => {
  const en = one("en", "Viet Nam and Mongolia held their strategic dialogue in Hanoi on November 12.",
    [["Viet Nam", "country:VN", "Viet Nam"], ["Mongolia", "country:MN", "Mongolia"], ["Hanoi", "place:Hanoi", "Hanoi"]]);
  assert.deepEqual(row(en), ["dialogue", null, "2025-11-12", "Hanoi", "VN"]);
  assert.match(en.name, /^Strategic Dialogue/);
  const zh = one("zh", "11月12日，中国和蒙古国在北京举行战略对话。",
    [["中国", "country:CN", "China"], ["蒙古国", "country:MN", "Mongolia"], ["北京", "place:Beijing", "Beijing"]]);
  assert.deepEqual(row(zh), ["dialogue", null, "2025-11-12", "Beijing", "CN"]);
});

test("en: a named minister who met another in a city on a day held talks there; a meeting in an earlier year is no event", () => {
  const S: Spec[] = [["Penny Wong", "person:penny wong", "Penny Wong"], ["Sugiono", "person:sugiono", "Sugiono"], ["Indonesian", "country:ID", "Indonesia"], ["Jakarta", "place:Jakarta", "Jakarta"], ["Canberra", "place:Canberra", "Canberra"]];
  assert.deepEqual(all("en", "Foreign Minister Penny Wong met with her Indonesian counterpart Sugiono in Jakarta on 11 November.", S).map(row),
    [["talks", null, "2025-11-11", "Jakarta", "ID"]]);
  assert.deepEqual(all("en", "Foreign Minister Penny Wong and Sugiono last met in Canberra in 2023.", S), []);
});
