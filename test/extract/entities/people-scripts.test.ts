// People in many scripts and their short mentions; countries and organisations whose names are
// also ordinary words or regions. Each test has near misses that must not be found or merged.
import { test } from "node:test";
import assert from "node:assert/strict";
import { run, person, refs, surfaces } from "./mentions.ts";

test("ko: names before titles, with an office or a country between; common nouns are no names", () => {
  const ms = run("한국의 조현 외교부 장관은 서울에서 호주의 페니 웡 외교장관과 회담했다. 국방부 장관은 오른쪽에 앉았고, 양국 외교장관은 공동성명을 냈다. 이날 회의에는 수시 바타차리야 인도 상공장관도 참석했다.", "ko");
  const people = refs(ms, "person");
  assert.ok(people.has(person("Cho Hyun")), "조현 before 외교부 장관");
  assert.ok(people.has(person("Penny Wong")), "페니 웡 before 외교장관");
  assert.ok(ms.some((m) => m.type === "person" && m.surface === "수시 바타차리야"), "a foreign name before a country and a compound title");
  assert.equal(people.size, 3, `no 국방부, 오른쪽 or 양국: ${[...people]}`);
});

test("zh: a Han name next to a title needs a surname; dotted foreign names are whole and hide the countries inside", () => {
  const ms = run("国务院总理李强在北京会见了来访的外长马里·阿卜杜勒。外长表示，双方会将合作推向新高度。马里外长感谢中方。第九次会议将于明年举行。", "zh");
  const names = surfaces(ms, "person");
  assert.ok(names.includes("李强"));
  assert.ok(names.includes("马里·阿卜杜勒"));
  assert.ok(!names.some((n) => /表示|会将|第九次/.test(n)), `verbs are no names: ${names}`);
  assert.ok(!refs(ms, "country").has("country:ML"), "马里 here is a person's name, not Mali");
  assert.equal(new Set(ms.filter((m) => m.surface.startsWith("马里")).map((m) => m.ref)).size, 1, "马里外长 is the same person again");
  assert.ok(refs(run("中国与马里签署协议。", "zh"), "country").has("country:ML"), "Mali named alone is the country");
});

test("ja: kanji and katakana names before titles; 同首相 is no name; a surname alone joins the full name", () => {
  const ms = run("岸田文雄首相はジョコ・ウィドド大統領と会談した。同首相は岸田首相として初めて訪問した。", "ja");
  const people = refs(ms, "person");
  assert.ok(people.has(person("Kishida Fumio")), "岸田文雄 keys to the English name");
  assert.ok(people.has(person("Joko Widodo")), "a dotted katakana name is read whole");
  assert.equal(people.size, 2, `岸田 alone is 岸田文雄, 同首相 nobody: ${[...people]}`);
});

test("id: the portfolio stays in the title; a titled given name is the full name", () => {
  const ms = run("Menteri Koordinator Bidang Perekonomian Budi Santoso bertemu Menteri Energi dan Sumber Daya Mineral Rina Wijaya di Jakarta. Menko Budi mengatakan kerja sama akan diperluas.", "id");
  const people = ms.filter((m) => m.type === "person");
  assert.deepEqual(new Set(people.map((m) => m.ref)), new Set([person("Budi Santoso"), person("Rina Wijaya")]));
  assert.ok(people.some((m) => m.surface === "Menko Budi" && m.ref === person("Budi Santoso")));
  assert.ok(!people.some((m) => /Koordinator|Energi/.test(m.surface)));
});

test("es: titles with a portfolio, a demonym or 'homólogo'; Reunión and straits are no countries", () => {
  const ms = run("El presidente del Gobierno, Pedro Sánchez, recibió al primer ministro marroquí, Aziz Akhannouch, y a su homólogo portugués, Paulo Rangel. La Reunión de Alto Nivel trató el estrecho de Gibraltar y el Sáhara Occidental.", "es");
  const people = refs(ms, "person");
  for (const n of ["Pedro Sánchez", "Aziz Akhannouch", "Paulo Rangel"]) assert.ok(people.has(person(n)), n);
  const countries = refs(ms, "country");
  assert.ok(countries.has("country:MA") && countries.has("country:PT"));
  for (const c of ["country:RE", "country:GI", "country:EH"]) assert.ok(!countries.has(c), c);
  assert.ok(refs(run("La isla de Reunión pertenece a Francia.", "fr"), "country").has("country:RE"), "in French the island is named");
});

test("ru: titles and countries in any case form; Cyrillic names key like their Latin spelling", () => {
  const ms = run("Президент России Владимир Путин провёл переговоры с президентом Индонезии Прабово Субианто. Стороны обсудили ЕАЭС.", "ru");
  const people = refs(ms, "person");
  assert.ok(people.has(person("Prabowo Subianto")));
  assert.ok(people.has(person("Vladimir Putin")));
  assert.deepEqual(refs(ms, "country"), new Set(["country:RU", "country:ID"]));
  assert.ok(refs(ms, "organization").has("organization:EAEU"));
});

test("en: an initial, a title and the full name are one person; another initial is not", () => {
  const ms = run("External Affairs Minister S. Jaishankar met Subrahmanyam Jaishankar's staff. Dr Jaishankar said ties were strong. Minister R. Kumar Singh and Mr Gan Kim Yong attended; Mr Gan spoke last.", "en");
  const jai = new Set(ms.filter((m) => /Jaishankar/.test(m.surface)).map((m) => m.ref));
  assert.equal(jai.size, 1, `${[...jai]}`);
  assert.ok(ms.some((m) => m.surface === "Mr Gan" && m.ref === person("Gan Kim Yong")), "a titled surname written first");
  assert.ok(!ms.some((m) => m.ref === [...jai][0] && /Kumar/.test(m.surface)));
});

test("regions and unions named in other scripts", () => {
  assert.ok(!refs(run("양국은 인도·태평양 지역의 평화를 논의했다.", "ko"), "country").has("country:IN"), "Indo-Pacific is no mention of India");
  assert.ok(refs(run("인도와 한국은 협력했다.", "ko"), "country").has("country:IN"));
  assert.ok(refs(run("澜沧江－湄公河合作第十次外长会在安宁举行。", "zh"), "organization").has("organization:LMC"));
});

test("an agreement acronym defined after a long form in any language keys one ref; a generic acronym does not", () => {
  // A pair's agreement is keyed by its kind and parties (`한-베트남` is Korea and Viet Nam).
  const ko = run("양국은 2024년 발효된 한-베트남 포괄적경제동반자협정(VK-CEPA)을 활용하기로 했다.", "ko");
  const vk = ko.filter((m) => m.ref === "agreement:KR-VN CEPA");
  assert.ok(vk.some((m) => m.surface === "한-베트남 포괄적경제동반자협정"), `${ko.map((m) => m.surface)}`);
  assert.ok(!vk.some((m) => m.surface.includes("발효된")), "the verb before the name is not part of it");
  const id = run("Kedua negara membahas Persetujuan Kemitraan Ekonomi Komprehensif Vietnam-Korea (VK-CEPA) di Hanoi.", "id");
  assert.ok(id.some((m) => m.ref === "agreement:KR-VN CEPA" && m.surface.startsWith("Persetujuan")));
  assert.equal(run("Kedua negara menandatangani sebuah nota (MOU) di Hanoi.", "id").filter((m) => m.type === "agreement").length, 0);
  assert.equal(run("Mereka membahas program baru (KDX) di Hanoi.", "id").filter((m) => m.ref === "agreement:KDX").length, 0, "an acronym with no telling ending and no head is nothing");
});

test("zh: well-known people from data/people.tsv without a title; the same characters inside a word are nobody", () => {
  const ms = run("习近平指出，中方愿同越方加强合作。普京表示支持。", "zh");
  assert.deepEqual(refs(ms, "person"), new Set([person("Xi Jinping"), person("Vladimir Putin")]));
  assert.equal(refs(run("双方同意加强合作，推动强国建设。", "zh"), "person").size, 0, "加强 holds 强 but no 李强");
});
