// Foreign names nobody listed, in scripts without capitals or spaces: Arabic nisba adjectives
// stand for the state and are no part of the name; Russian `бен` joins an Arabic name; a Katakana
// family name alone is the dotted full name of the same document; Russian case forms of a name no
// table knows still group with the nominative.
import { test } from "node:test";
import assert from "node:assert/strict";
import { run, refs, surfaces } from "./mentions.ts";

test("ar: a nisba after the title is the country, the name after it keeps both parts", () => {
  const ms = run("التقى وزير الخارجية البولندي رادوسلاف سيكورسكي الرئيسة الفنلندية في هلسنكي، وقال إن التعاون المالي مهم", "ar");
  assert.deepEqual(surfaces(ms, "person"), ["رادوسلاف سيكورسكي"]);
  const countries = refs(ms, "country");
  assert.ok(countries.has("country:PL"), "البولندي");
  assert.ok(countries.has("country:FI"), "الفنلندية");
  assert.ok(!countries.has("country:ML"), "المالي is 'financial', not Mali");
});

test("ru: `бен` inside an Arabic name; an unlisted name in the instrumental groups with its nominative", () => {
  const ms = run("Премьер-министр Катара Мухаммед бен Абдуррахман Аль Тани встретился с министром иностранных дел Литвы Кястутисом Будрисом. Министр Кястутис Будрис поблагодарил его.", "ru");
  assert.ok(surfaces(ms, "person").includes("Мухаммед бен Абдуррахман Аль Тани"));
  const budris = ms.filter((m) => m.type === "person" && /Будрис/.test(m.surface));
  assert.equal(new Set(budris.map((m) => m.ref)).size, 1, JSON.stringify(budris.map((m) => [m.surface, m.ref])));
  assert.equal(budris[0].name, "Кястутис Будрис", "the nominative is the name");
  assert.ok(refs(ms, "country").has("country:LT"));
});

test("ja: a Katakana family name after the full dotted name is the same person; another is not", () => {
  const ms = run("リトアニアのケストゥティス・ブドリス外相は東京で会談した。ブドリス外相は協力を歓迎した。ドゥダ大統領も出席した。", "ja");
  const people = ms.filter((m) => m.type === "person");
  const budrys = people.filter((m) => m.surface.includes("ブドリス"));
  assert.equal(budrys.length, 2);
  assert.equal(new Set(budrys.map((m) => m.ref)).size, 1);
  assert.ok(people.some((m) => m.surface === "ドゥダ" && m.ref !== budrys[0].ref));
});

test("ar: three-part names: a family name with the article, a nisba after two parts, a listed longer name", () => {
  const ms = run("استقبل رئيس الوزراء العراقي محمد شياع السوداني وزير الخارجية التركي هاكان فيدان، والتقى الرئيس الأمريكي دونالد ترامب الرئيس الصيني شي جين بينغ.", "ar");
  assert.deepEqual(surfaces(ms, "person"), ["محمد شياع السوداني", "هاكان فيدان", "دونالد ترامب", "شي جين بينغ"]);
  const countries = refs(ms, "country");
  assert.ok(countries.has("country:IQ") && countries.has("country:TR"));
  assert.ok(!countries.has("country:SD"), "السوداني is his family name here");
  // An adjective of the office after the name is no third part.
  assert.deepEqual(surfaces(run("التقى وزير الخارجية الأردني أيمن الصفدي السابق في عمان.", "ar"), "person"), ["أيمن الصفدي"]);
});

test("en, es: a family name that is also a country is the person's after a title and a given name", () => {
  const ms = run("Portuguese Prime Minister Luís Montenegro met President Lee Jae-myung in Lisbon. Montenegro said Portugal wanted more trade.", "en");
  const montenegro = ms.filter((m) => m.type === "person" && /Montenegro/.test(m.surface));
  assert.deepEqual(montenegro.map((m) => m.surface), ["Luís Montenegro", "Montenegro"]);
  assert.equal(new Set(montenegro.map((m) => m.ref)).size, 1);
  assert.ok(!refs(ms, "country").has("country:ME"), "no mention of Montenegro the state");
  assert.ok(refs(ms, "country").has("country:PT"));
  assert.ok(surfaces(run("El primer ministro de Portugal, Luís Montenegro, visitó Madrid.", "es"), "person").includes("Luís Montenegro"));
  // Near misses: the state itself, and a title then a country with no given name before it.
  assert.ok(refs(run("Montenegro and Serbia signed a border treaty in Podgorica.", "en"), "country").has("country:ME"));
  assert.ok(refs(run("The Prime Minister of Montenegro met the President of Serbia.", "en"), "country").has("country:ME"));
});

test("ru, zh: a given name spelled like a place, a listed four-character Han name after a title", () => {
  const ru = run("Премьер-министр Японии Санаэ Такаити и президент Польши Кароль Навроцкий подписали пакт в Токио.", "ru");
  assert.deepEqual(surfaces(ru, "person"), ["Санаэ Такаити", "Кароль Навроцкий"]);
  assert.ok(!refs(ru, "place").has("place:Sanaa"), "Санаэ is no mention of Sanaa");
  assert.ok(refs(run("Йемен: столица Сана снова под обстрелом.", "ru"), "place").has("place:Sanaa"), "the city itself still is");
  const zh = run("日本首相高市早苗与波兰总统纳夫罗茨基在东京签署防务合作协定。", "zh");
  assert.deepEqual(surfaces(zh, "person"), ["高市早苗", "纳夫罗茨基"]);
});

test("vi, id, en: a line that is only a byline word and a name is no person; `Theo` in a sentence is", () => {
  const vi = run("Thủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản.\nTheo Nguyễn Thị Lan", "vi");
  assert.ok(!surfaces(vi, "person").some((s) => s.includes("Nguyễn Thị Lan")));
  const said = run("Theo Thủ tướng Phạm Minh Chính, hai nước sẽ hợp tác.", "vi");
  assert.ok(surfaces(said, "person").some((s) => s.includes("Phạm Minh Chính")));
  assert.ok(!surfaces(run("Menlu Sugiono bertemu Menlu Jepang.\nPewarta: Budi Santoso", "id"), "person").includes("Budi Santoso"));
});
