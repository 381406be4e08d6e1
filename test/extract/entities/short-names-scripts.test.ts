// A family name alone in Arabic, a Russian surname in an oblique case, a Han name that would start
// inside a common word, and one-word Indonesian names after a minister's title in Dutch and Malay.
import { test } from "node:test";
import assert from "node:assert/strict";
import { run, person, surfaces } from "./mentions.ts";

const people = (text: string, language: string) => run(text, language).filter((m) => m.type === "person");

test("ar: a foreign family name alone, after a verb or a title, joins the full name of its document", () => {
  const ms = people("استقبل وزير خارجية كازاخستان مراد نورتليو نظيره الكوري في أستانا. وقال نورتليو إن البلدين يعملان معا. وأكد الوزير نورتليو أهمية التعاون.", "ar");
  assert.deepEqual(ms.map((m) => m.surface), ["مراد نورتليو", "نورتليو", "نورتليو"]);
  assert.equal(new Set(ms.map((m) => m.ref)).size, 1);
  // Near miss: a word with the article is a nisba adjective as often as a name, and stays out.
  const nisba = people("استقبل الرئيس محمد شياع السوداني الوفد. وأشاد الجانب السوداني بالزيارة.", "ar");
  assert.deepEqual(nisba.map((m) => m.surface), ["محمد شياع السوداني"]);
});

test("ru: a surname alone in the instrumental and dative joins the nominative full name, and no title reaches over a sentence end", () => {
  const ms = people("Министр иностранных дел Армении Арарат Мирзоян прибыл в Москву. С Мирзояном встретился министр. Мирзояну передали послание.", "ru");
  assert.deepEqual(ms.map((m) => m.surface), ["Арарат Мирзоян", "Мирзояном", "Мирзояну"]);
  assert.deepEqual(new Set(ms.map((m) => m.ref)), new Set([person("Арарат Мирзоян")]));
  // Near miss: another surname in the same case is not this person.
  const other = people("Министр иностранных дел Армении Арарат Мирзоян прибыл в Москву. С Пашиняном он не встречался.", "ru");
  assert.ok(!other.some((m) => m.surface === "Пашиняном" && m.ref === person("Арарат Мирзоян")));
});

test("zh: no name starts on the second character of a common word (贸易和服务部长)", () => {
  assert.deepEqual(surfaces(run("会见了贸易和服务部长。双方同意扩大交易和投资部长级对话。", "zh"), "person"), []);
  // Near miss: a name with that surname after a word boundary is still read.
  assert.deepEqual(surfaces(run("中国商务部部长王文涛表示，双方将扩大货物贸易和服务贸易。", "zh"), "person"), ["王文涛"]);
});

test("nl, ms: a one-word Indonesian name after a minister's title, with a country and apposition commas between", () => {
  for (const [text, lang] of [
    ["Den Haag ontving de Indonesische minister van Buitenlandse Zaken, Sutrisno, voor overleg.", "nl"],
    ["Minister Van Weel sprak met minister van Buitenlandse Zaken van Indonesië Sutrisno over handel.", "nl"],
    ["Menteri Luar Negeri Indonesia, Sutrisno, mengadakan lawatan ke Putrajaya.", "ms"],
    ["Menteri Pertahanan Sutrisno berkata hubungan kedua-dua negara kukuh.", "ms"],
  ]) assert.ok(surfaces(run(text, lang), "person").includes("Sutrisno"), text);
  // Near misses: a weekday in the apposition slot is when, not who.
  assert.deepEqual(surfaces(run("Menteri Luar Negeri Indonesia, Selasa, mengadakan lawatan ke Putrajaya.", "ms"), "person"), []);
  assert.deepEqual(surfaces(run("De minister van Buitenlandse Zaken van Indonesië, dinsdag, in Den Haag.", "nl"), "person"), []);
});
