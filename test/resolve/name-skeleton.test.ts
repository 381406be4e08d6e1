// Consonant skeletons: a foreigner's name written in Thai, Hangul, Katakana, Cyrillic or Arabic
// script meets its Latin spelling without any table; different people do not.
import { test } from "node:test";
import assert from "node:assert/strict";
import { nameScript, nameSkeleton, skeletonsMatch } from "../../src/resolve/skeleton.ts";

const same = (a: string, b: string) => {
  const x = nameSkeleton(a), y = nameSkeleton(b);
  return !!x && !!y && skeletonsMatch(x, y);
};

test("one name in six scripts has one skeleton, give or take a letter", () => {
  const groups: string[][] = [
    ["Donald Tusk", "Дональд Туск", "도날드 투스크", "ドナルド・トゥスク", "โดนัลด์ ทัสก์", "دونالد توسك"],
    ["Alexander Stubb", "Александр Стубб", "알렉산데르 스투브", "アレクサンデル・ストゥブ", "อเล็กซานเดอร์ สตุบบ์", "ألكسندر ستوب"],
    ["Viktor Orbán", "Виктор Орбан", "빅토르 오르반", "ヴィクトル・オルバン", "วิกเตอร์ ออร์บัน", "فيكتور أوربان"],
    ["Nikol Pashinyan", "Никол Пашинян", "니콜 파시냔", "ニコル・パシニャン", "นิโคล ปาชินยาน"],
    ["Murat Nurtleu", "Мурат Нуртлеу", "무라트 누르틀레우", "مراد نورتليو"],
    ["Radosław Sikorski", "Радослав Сикорский", "라도스와프 시코르스키", "ラドスワフ・シコルスキ", "ราดอสวัฟ ซีกอร์สกี", "رادوسلاف سيكورسكي"],
    // Arabic writes no short vowels and splits `عبد الرحمن`; name order may flip.
    ["Mohammed bin Abdulrahman Al Thani", "محمد بن عبد الرحمن آل ثاني", "Мухаммед бен Абдуррахман Аль Тани"],
    ["Sanae Takaichi", "タカイチ・サナエ", "다카이치 사나에", "ซานาเอะ ทาคาอิจิ"],
    // Thai names of Thai people are romanised as spoken: silent letters under `์` and `รร` = a.
    ["Suphajee Suthumpun", "ศุภจี สุธรรมพันธุ์"],
    ["Sihasak Phuangketkeow", "สีหศักดิ์ พวงเกตุแก้ว"],
  ];
  for (const g of groups) for (const s of g.slice(1)) assert.ok(same(g[0], s), `${g[0]} ~ ${s}`);
});

test("near misses stay apart", () => {
  assert.ok(!same("Andrei Rudskoy", "Андрей Руденко"), "one family-name consonant apart");
  assert.ok(!same("Donald Tusk", "Дональд Трамп"), "same given name");
  assert.ok(!same("Viktor Orbán", "Виктор Янукович"));
  assert.ok(!same("Mohammed bin Salman", "محمد بن زايد"));
  assert.ok(!same("Abdullah bin Zayed", "محمد بن زايد"), "same father, other son");
  assert.ok(!same("Ahmed Attaf", "أحمد أبو الغيط"));
  assert.ok(!same("Sergey Lavrov", "Сергей Шойгу"));
});

test("zh: a dotted foreign name in Han is read in pinyin; other Han names and other languages are not", () => {
  const zh = (a: string, b: string) => { const x = nameSkeleton(a, "zh"), y = nameSkeleton(b); return !!x && !!y && skeletonsMatch(x, y); };
  assert.ok(zh("唐纳德·图斯克", "Donald Tusk"));
  assert.ok(zh("埃马纽埃尔·马克龙", "Emmanuel Macron"));
  assert.ok(zh("纳伦德拉·莫迪", "Narendra Modi"));
  assert.ok(!zh("唐纳德·特朗普", "Donald Tusk"), "same given name, other family name");
  assert.ok(!zh("安东尼奥·科斯塔", "António Guterres"));
  assert.equal(nameSkeleton("唐纳德·图斯克", "ja"), null);
});

test("only names in two different scripts, and never undotted Han, are compared", () => {
  assert.ok(!same("Karim Benani", "Karim Bennani"), "Latin spellings are the sound key's business");
  assert.equal(nameSkeleton("石破茂"), null);
  assert.equal(nameSkeleton("Sikorski"), null, "one word is too little to go on");
  assert.equal(nameScript("ラドスワフ・シコルスキ"), "kana");
  assert.equal(nameScript("ราดอสวัฟ ซีกอร์สกี"), "thai");
});

test("two non-Latin scripts meet each other as they meet Latin (a Central Asian president in Korean and Arabic)", () => {
  const groups: string[][] = [
    // Arabic writes the z of Persian and Turkic names with ض; Latin `rz` here is r + z, not Polish ż.
    ["Shavkat Mirziyoyev", "샤브카트 미르지요예프", "شوكت ميرضيائيف", "شوكت ميرزيوييف", "Шавкат Мирзиёев"],
    ["Sadyr Japarov", "사디르 자파로프", "صدر جباروف", "Садыр Жапаров"],
    ["Kassym-Jomart Tokayev", "카심조마르트 토카예프", "قاسم جومارت توكاييف"],
  ];
  for (const g of groups) for (let i = 0; i < g.length; i++) for (let j = i + 1; j < g.length; j++) if (nameScript(g[i]) !== nameScript(g[j])) assert.ok(same(g[i], g[j]), `${g[i]} ~ ${g[j]}`);
  assert.ok(same("Andrzej Domański", "Анджей Доманский"), "Polish rz is still ż");
});

test("near misses across two non-Latin scripts stay apart", () => {
  assert.ok(!same("샤브카트 미르지요예프", "شوكت ميرضائي"), "another family name");
  assert.ok(!same("사디르 자파로프", "صدر جعفري"));
  assert.ok(!same("샤브카트 미르지요예프", "Шавкат Мирзакулов"), "a longer family name on the same stem");
  assert.ok(!same("رمضان قديروف", "ميرضيائيف شوكت"), "ض read as z or d, the names still differ");
});
