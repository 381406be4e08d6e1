// Honorifics and offices around names: Malay honorifics and Indonesian `RI` are roles, not names;
// Korean names with the office after them (foreign names of four words and long syllables, a
// family name alone, `전` "former" between), Korean country short forms and Hanja surnames in
// headlines; Japanese names glued to an office. Each test has near misses.
import { test } from "node:test";
import assert from "node:assert/strict";
import { run, person, refs, surfaces } from "./mentions.ts";

test("ms/en: Malay honorifics before a name are roles, in every spelling", () => {
  const ms = run("Perdana Menteri Datuk Seri Anwar Ibrahim menerima kunjungan Dato' Sri Mohamad Hasan, Datin Seri Wan Azizah dan Toh Puan Norashikin Rahman. Tan Sri Dato' Muhyiddin Yassin serta Haji Abdul Hadi Awang turut hadir.", "ms");
  const names = surfaces(ms, "person");
  for (const n of ["Anwar Ibrahim", "Mohamad Hasan", "Wan Azizah", "Norashikin Rahman", "Muhyiddin Yassin", "Abdul Hadi Awang"]) assert.ok(names.includes(n), `${n} in ${names}`);
  assert.ok(!names.some((n) => /Datuk|Dato|Sri|Seri|Datin|Puan|Haji|Tan /.test(n)), `no honorific in a name: ${names}`);
  const en = run("Malaysian Prime Minister Datuk Seri Anwar Ibrahim met Dato' Sri Mohamad Hasan in Putrajaya.", "en");
  assert.ok(refs(en, "person").has(person("Anwar Ibrahim")));
  assert.ok(refs(en, "person").has(person("Mohamad Hasan")), "not `Sri Mohamad Hasan`");
  // Near miss: `Sri` is still a name after a plain title (`President Sri Mulyani` is not honoured away).
  assert.ok(surfaces(run("Menteri Keuangan Sri Mulyani Indrawati hadir.", "id"), "person").includes("Sri Mulyani Indrawati"));
  // The honoured form is how Malay news writes the name, so it is kept as an alias of the person.
  const expansions = ms.filter((m) => m.type === "person").map((m) => m.expansion);
  assert.ok(expansions.includes("Datuk Seri Anwar Ibrahim"), `${expansions}`);
  assert.ok(expansions.includes("Tan Sri Dato' Muhyiddin Yassin"), `${expansions}`);
  assert.ok(!expansions.some((e) => e?.startsWith("Perdana")), "a title that is an office is no part of the alias");
});

test("id: `RI` after a title is Indonesia, not part of the name", () => {
  const ms = run("Presiden RI Prabowo Subianto menerima Menlu RI Sugiono di Istana Merdeka.", "id");
  assert.deepEqual(new Set(surfaces(ms, "person")), new Set(["Prabowo Subianto", "Sugiono"]));
  assert.ok(refs(ms, "country").has("country:ID"));
  // Near miss: in English text `RI` is no country.
  assert.ok(!refs(run("The RI team arrived in Providence.", "en"), "country").has("country:ID"));
});

test("en/nl/id/ms: one-word names after titles, and unusual English title forms", () => {
  assert.ok(refs(run("Indonesian Foreign Minister Sugiono met Deputy Prime Minister and Defence Minister Richard Marles in Canberra.", "en"), "person").has(person("Richard Marles")));
  assert.ok(surfaces(run("De Indonesische minister van Buitenlandse Zaken Sugiono sprak met zijn ambtgenoot.", "nl"), "person").includes("Sugiono"));
  assert.ok(surfaces(run("Menteri Luar Negeri Indonesia Sugiono berkata demikian.", "ms"), "person").includes("Sugiono"));
  assert.ok(surfaces(run("Proklamator Presiden Sukarno membacakan teks itu.", "id"), "person").includes("Sukarno"));
});

test("ko: long foreign names before titles, four words with a joining particle, `전` between, a sentence adverb before", () => {
  const ms = run("무함마드 빈 자이드 알나흐얀 아랍에미리트 대통령이 방한했다. 한편 안토니우 구테흐스 유엔 사무총장은 성명을 냈다. 아지즈 아브두하키모프 부총리가 참석했고, 압둘아지즈 카밀로프 전 외무장관도 왔다.", "ko");
  const names = surfaces(ms, "person");
  for (const n of ["무함마드 빈 자이드 알나흐얀", "안토니우 구테흐스", "아지즈 아브두하키모프", "압둘아지즈 카밀로프"]) assert.ok(names.includes(n), `${n} in ${names}`);
  assert.ok(!names.some((n) => /한편|유엔|전$/.test(n)), `${names}`);
  assert.ok(!refs(ms, "place").has("place:Vienna"), "빈 inside a name is no Vienna");
});

test("ko: an official with the title after the name; a family name alone before a title joins the full name; short country forms", () => {
  const ms = run("위성락 국가안보실장은 브리핑에서 샤프카트 미르지요예프 우즈베키스탄 대통령의 방한 일정을 밝혔다. 조현 외교부 장관도 배석했다. 미르지요예프 우즈벡 대통령은 서울에 도착했고, 미르지요예프 대통령은 감사를 표했다.", "ko");
  const people = ms.filter((m) => m.type === "person");
  assert.ok(people.some((m) => m.surface === "위성락"));
  assert.ok(people.some((m) => m.surface === "조현"));
  const mirziyoyev = people.filter((m) => m.surface.includes("미르지요예프"));
  assert.equal(new Set(mirziyoyev.map((m) => m.ref)).size, 1, "the family name alone is the full name");
  assert.equal(mirziyoyev.length, 3);
  assert.ok(!people.some((m) => m.surface.includes("우즈벡")), "the country is no part of the name");
  assert.ok(refs(ms, "country").has("country:UZ"));
  assert.ok(refs(run("한국과 카자흐, 사우디는 협력한다.", "ko"), "country").has("country:KZ"));
  // Near miss: a family name alone with no full name ending in it names nobody.
  assert.equal(surfaces(run("토카예프 대통령도 왔다.", "ko"), "person").length, 0);
  // A Korean name after a verb form is the whole name: the words before it are no foreign name.
  assert.deepEqual(surfaces(run("그는 한국을 공식 방문해 이재명 대통령과 회담했다.", "ko"), "person"), ["이재명"]);
});

test("ko: a Hanja surname in a headline joins the one Korean full name with that surname", () => {
  const ms = run("李 대통령, 우즈벡 정상과 회담\n이재명 대통령은 샤프카트 미르지요예프 대통령과 만났다. 李대통령은 협력을 강조했다.", "ko");
  const lee = ms.filter((m) => m.type === "person" && m.ref === person("이재명"));
  assert.equal(lee.filter((m) => m.surface === "李").length, 2, "李 and 李대통령");
  // Near misses: two Korean full names with the surname, and a country abbreviation in a pair.
  const two = run("李 대통령, 회담\n이재명 대통령과 이해찬 전 총리가 만났다.", "ko");
  assert.ok(!two.some((m) => m.type === "person" && m.surface === "李"), "ambiguous surname");
  const pair = run("韓·美 협력 강화\n한덕수 총리가 말했다.", "ko");
  assert.ok(!pair.some((m) => m.type === "person" && m.surface === "韓"), "韓 in 韓·美 is the country");
});

test("ja: a name glued to an office title; the family name alone joins the full name", () => {
  const ms = run("木原稔官房長官は記者会見で述べた。赤沢亮正経済再生担当相も同席し、赤沢経済再生相は交渉に臨んだ。城内実経済安保相と城内経済安保相。", "ja");
  const people = ms.filter((m) => m.type === "person");
  assert.ok(people.some((m) => m.surface === "木原稔"));
  const akazawa = people.filter((m) => m.surface.startsWith("赤沢"));
  assert.equal(akazawa.length, 2);
  assert.equal(new Set(akazawa.map((m) => m.ref)).size, 1);
  const kiuchi = people.filter((m) => m.surface.startsWith("城内"));
  assert.equal(kiuchi.length, 2);
  assert.equal(new Set(kiuchi.map((m) => m.ref)).size, 1, "城内 is 城内実");
  // Near miss: `同` before a title is "the said", no name.
  assert.ok(!surfaces(run("同経済再生相は述べた。", "ja"), "person").length);
});

test("ko: a title with two particles (`대통령과도`) still ends a name before it", () => {
  const ms = run("이 대통령은 샤프카트 미르지요예프 우즈벡 대통령과도 통화했다.", "ko");
  assert.ok(surfaces(ms, "person").includes("샤프카트 미르지요예프"));
  assert.ok(refs(ms, "country").has("country:UZ"));
});

test("ko: a transliterated foreign name after a title written first; common words after a title are no name", () => {
  const ms = run("말레이시아 총리 안와르 이브라힘이 말했다. 카자흐스탄 대통령 카심조마르트 토카예프는 서울에 왔다.", "ko");
  assert.ok(refs(ms, "person").has(person("Anwar Ibrahim")), "not the Korean-shaped 안와르 alone");
  assert.ok(surfaces(ms, "person").includes("카심조마르트 토카예프"));
  assert.equal(surfaces(run("대통령 취임식 참석자들은 많았다.", "ko"), "person").length, 0);
});

test("id: portfolio abbreviations and short minister titles are roles", () => {
  const ms = run("Menko Polhukam RI Budi Gunawan dan Mensesneg RI Prasetyo Hadi hadir di Istana.", "id");
  assert.deepEqual(new Set(surfaces(ms, "person")), new Set(["Budi Gunawan", "Prasetyo Hadi"]));
});

test("ko: a listed one-word name before a title (Indonesians often have one name); an unlisted one is left alone", () => {
  const ms = run("조현 장관은 스기오노 인도네시아 외교장관과 회담했다. 이날 스기오노 장관은 협력을 강조했다.", "ko");
  const sugiono = ms.filter((m) => m.type === "person" && m.surface === "스기오노");
  assert.equal(sugiono.length, 2);
  assert.ok(sugiono.every((m) => m.ref === person("Sugiono")));
  assert.equal(surfaces(run("이날 부디오노 장관은 말했다.", "ko"), "person").length, 0, "no table, no full name: not found");
});

test("en/ru: a titled family name of one listed person is that person; shared or short family names are not", () => {
  const en = run("President Tokayev met President Lee, Foreign Minister Wang and Minister Wong in Astana.", "en");
  assert.ok(refs(en, "person").has(person("Kassym-Jomart Tokayev")));
  assert.ok(!refs(en, "person").has(person("Lee Jae-myung")), "a family name written first is no family-name key");
  assert.ok(!refs(en, "person").has(person("Wang Yi")), "a family name written first is no family-name key");
  assert.ok(!refs(en, "person").has(person("Penny Wong")), "two listed people are called Wong");
  assert.ok(refs(run("Премьер-министр Малайзии встретился с президентом Токаевым.", "ru"), "person").has(person("Kassym-Jomart Tokayev")), "an oblique case too");
});
