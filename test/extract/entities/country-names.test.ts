// Country names news writes that Node's Intl.DisplayNames does not give (data/countries-extra.tsv):
// official long forms, acronyms and the spellings of each language's press, in all 14 languages;
// and near misses where a longer name, a continent or an ordinary word must not become a country.
import { test } from "node:test";
import assert from "node:assert/strict";
import { run, refs } from "./mentions.ts";

const countries = (text: string, language: string) => refs(run(text, language), "country");
const set = (...codes: string[]) => new Set(codes.map((c) => `country:${c}`));
/** Country mentions as [surface, ISO] pairs, in text order. */
const pairs = (text: string, language: string) =>
  run(text, language).filter((m) => m.type === "country").map((m) => [m.surface, m.ref.slice("country:".length)]);

test("DR Congo by its long form and acronym in every language, never read as the Republic of the Congo", () => {
  const cases: [string, string][] = [
    ["The Democratic Republic of Congo (DRC) and the United Arab Emirates signed a mining accord in Kinshasa.", "en"],
    ["Le président de la République démocratique du Congo (RDC) a reçu l'ambassadeur des EAU.", "fr"],
    ["Die Demokratische Republik Kongo und die VAE unterzeichneten ein Abkommen; die DR Kongo exportiert Kobalt.", "de"],
    ["La RDC y los Emiratos Árabes Unidos firmaron un acuerdo minero.", "es"],
    ["De Democratische Republiek Congo en de VAE sloten een akkoord over kobalt.", "nl"],
    ["Cộng hòa Dân chủ Congo và Các Tiểu vương quốc Ả Rập Thống nhất (UAE) ký thỏa thuận khai khoáng.", "vi"],
    ["콩고민주공화국과 아랍에미리트가 광물 협정을 체결했다.", "ko"],
    ["刚果民主共和国与阿联酋签署矿业协议。", "zh"],
    ["コンゴ民主共和国とアラブ首長国連邦は鉱業協定に署名した。", "ja"],
    ["وقعت جمهورية الكونغو الديمقراطية ودولة الإمارات اتفاقية للتعدين.", "ar"],
    ["Демократическая Республика Конго и Объединённые Арабские Эмираты подписали соглашение; ДРК экспортирует кобальт.", "ru"],
    ["Republik Demokratik Kongo dan UEA menandatangani perjanjian tambang.", "id"],
    ["Republik Demokratik Congo dan Emiriah Arab Bersatu menandatangani perjanjian.", "ms"],
    ["สาธารณรัฐประชาธิปไตยคองโกและสหรัฐอาหรับเอมิเรตส์ลงนามข้อตกลงเหมืองแร่", "th"],
  ];
  for (const [text, lang] of cases) assert.deepEqual(countries(text, lang), set("CD", "AE"), `${lang}: ${text}`);
});

test("the Republic of the Congo stays apart from DR Congo, and longest names win over the names inside them", () => {
  assert.deepEqual(pairs("La RDC et la République du Congo ont rouvert leur frontière.", "fr"), [["RDC", "CD"], ["République du Congo", "CG"]]);
  assert.deepEqual(pairs("Die Demokratische Republik Kongo und die Republik Kongo verhandeln.", "de"), [["Demokratische Republik Kongo", "CD"], ["Republik Kongo", "CG"]]);
  assert.deepEqual(pairs("刚果（金）与刚果共和国达成协议。", "zh"), [["刚果（金）", "CD"], ["刚果共和国", "CG"]]);
  assert.deepEqual(pairs("Delegations from Papua New Guinea, Guinea-Bissau and Equatorial Guinea met Guinea's envoy.", "en").map((p) => p[1]), ["PG", "GW", "GQ", "GN"]);
  assert.deepEqual(pairs("Sudan and South Sudan, Niger and Nigeria, Dominica and the Dominican Republic.", "en").map((p) => p[1]), ["SD", "SS", "NE", "NG", "DM", "DO"]);
  // The acronym a text defines after a long form belongs to that country, not to a new initiative.
  const ms = run("La République démocratique du Congo (RDC) a signé. La RDC exporte du cobalt.", "fr");
  assert.ok(!ms.some((m) => m.type !== "country" && /RDC|Congo/.test(m.surface)));
});

test("short forms, acronyms and official long forms of other states, one sentence per language", () => {
  const cases: [string, string, string[]][] = [
    ["The Holy See, the State of Palestine and the Islamic Republic of Iran sent envoys to the Kyrgyz Republic.", "en", ["VA", "PS", "IR", "KG"]],
    ["Le Saint-Siège, la Fédération de Russie et la République tchèque ; la Centrafrique et la Biélorussie.", "fr", ["VA", "RU", "CZ", "CF", "BY"]],
    ["Der Heilige Stuhl, Weißrussland, die Elfenbeinküste und Osttimor; die Vereinigten Staaten und Kap Verde.", "de", ["VA", "BY", "CI", "TL", "US", "CV"]],
    ["La Santa Sede, Costa de Marfil, Arabia Saudita y EE. UU.; también Holanda y la República Checa.", "es", ["VA", "CI", "SA", "US", "NL", "CZ"]],
    ["De Heilige Stoel, Wit-Rusland en Ivoorkust; Amerika en de Staat Palestina.", "nl", ["VA", "BY", "CI", "US", "PS"]],
    ["Bờ Biển Ngà, Ả Rập Saudi, Cộng hòa Séc và CHDCND Lào cùng dự hội nghị với Cu-ba và Xin-ga-po.", "vi", ["CI", "SA", "CZ", "LA", "CU", "SG"]],
    ["교황청과 보스니아헤르체고비나, 중앙아프리카공화국, 도미니카공화국 대표가 참석했다.", "ko", ["VA", "BA", "CF", "DO"]],
    ["教廷、澳洲、沙特和捷克共和国的代表出席了会议。美國與英國也派員。", "zh", ["VA", "AU", "SA", "CZ", "US", "GB"]],
    ["ローマ教皇庁、豪州、サウジ、グルジアの代表が出席した。", "ja", ["VA", "AU", "SA", "GE"]],
    ["شارك الكرسي الرسولي والمجر وسلطنة عمان وكوت ديفوار وأميركا في الاجتماع.", "ar", ["VA", "HU", "OM", "CI", "US"]],
    ["Святой Престол, ФРГ, ЮАР, ЦАР, РФ и Кыргызстан подписали заявление.", "ru", ["VA", "DE", "ZA", "CF", "RU", "KG"]],
    ["Takhta Suci, Korsel, Korut, Afsel dan Pantai Gading hadir; RRT mengirim utusan.", "id", ["VA", "KR", "KP", "ZA", "CI", "CN"]],
    ["Takhta Suci, Persatuan Emiriah Arab, Amerika dan Republik Rakyat China turut hadir.", "ms", ["VA", "AE", "US", "CN"]],
    ["南韓與北韓代表在寮國會面，美國、澳洲和剛果民主共和國也派員出席。", "zh", ["KR", "KP", "LA", "US", "AU", "CD"]],
    ["ผู้แทนจากสันตะสำนัก ไอวอรีโคสต์ ซาอุดิอาระเบีย และยูเออี เข้าร่วมการประชุม", "th", ["VA", "CI", "SA", "AE"]],
  ];
  for (const [text, lang, want] of cases) assert.deepEqual(countries(text, lang), set(...want), `${lang}: ${text}`);
});

test("near misses: continents, a name kept to another language, ivory, and a titled person are not countries", () => {
  // `America` alone is the US, but not inside the name of a continent.
  assert.deepEqual(pairs("Trade with South America and North America grew, officials in America said.", "en"), [["America", "US"]]);
  assert.deepEqual(pairs("Perdagangan dengan Amerika Latin dan Amerika Selatan naik.", "id"), []);
  assert.deepEqual(pairs("De handel met Zuid-Amerika en Midden-Amerika groeit.", "nl"), []);
  assert.deepEqual(pairs("การค้ากับละตินอเมริกาและอเมริกาใต้เพิ่มขึ้น", "th"), []);
  // A name kept to one language's documents: Dutch `Amerika` is not read in an English text.
  assert.deepEqual(pairs("The Amerika exhibition opened in Berlin.", "en"), []);
  // `Ngà` (ivory) ends the Vietnamese name of Côte d'Ivoire; the whole name wins over Nga (Russia).
  assert.deepEqual(pairs("Bộ trưởng Bờ Biển Ngà thăm Nga.", "vi"), [["Bờ Biển Ngà", "CI"], ["Nga", "RU"]]);
  // Arabic `مالي` is "financial" as often as Mali: the country needs its long form or a prefix there.
  assert.deepEqual(pairs("أعلنت الحكومة عن دعم مالي جديد لجمهورية مالي.", "ar"), [["لجمهورية مالي", "ML"]]);
  // Names that start with a country's name: Maryland (马里兰), the island of New Guinea, the Indian Ocean.
  assert.deepEqual(pairs("马里兰州州长访问了马里。", "zh"), [["马里", "ML"]]);
  assert.deepEqual(pairs("新几内亚岛西部属于印度尼西亚，东部是巴布亚新几内亚。", "zh").map((p) => p[1]), ["ID", "PG"]);
  assert.deepEqual(pairs("インド洋とインド太平洋の安全保障についてインドと協議した。", "ja"), [["インド", "IN"]]);
  // A person whose surname is a country's name stays a person after a title.
  const ms = run("Senator Jim Jordan met the delegation.", "en");
  assert.deepEqual(pairs("Senator Jim Jordan met the delegation.", "en"), []);
  assert.ok(ms.some((m) => m.type === "person" && m.surface === "Jim Jordan"));
});
