// A foreign minister no table knows, reported in English, Russian, Korean, Japanese, Thai and
// Arabic, is one person; a near miss, and a namesake in an unrelated story, are not.
import { test } from "node:test";
import assert from "node:assert/strict";
import { ingestedPeople, type Person } from "./ingested-people.ts";


const people = ingestedPeople;

test("one Lithuanian minister in seven scripts; the Russian near miss and a Korean ex-president stay apart", () => {
  const found = people({
    "1-en.txt": "VILNIUS, June 4 - Lithuanian Foreign Minister Kęstutis Budrys met Korean Foreign Minister Cho Hyun in Vilnius on Wednesday to discuss batteries and Ukraine.\nRussian Deputy Foreign Minister Andrei Rudskoy criticised the meeting.\n",
    "2-ru.txt": "Министр иностранных дел Литвы Кястутис Будрис встретился в Вильнюсе с министром иностранных дел Республики Корея Чо Хёном.\nЗаместитель министра иностранных дел России Андрей Руденко раскритиковал встречу.\n",
    "3-ko.txt": "조현 외교부 장관은 4일 빌뉴스에서 케스투티스 부드리스 리투아니아 외교장관과 회담했다.\n이명박 전 대통령도 리투아니아를 방문한 적이 있다.\n",
    "4-ja.txt": "リトアニアのケストゥティス・ブドリス外相は4日、ビリニュスで韓国の趙顕外相と会談した。\n",
    "5-th.txt": "นายเกสตูติส บุดรีส รัฐมนตรีว่าการกระทรวงการต่างประเทศลิทัวเนีย พบหารือกับรัฐมนตรีต่างประเทศเกาหลีใต้ที่กรุงวิลนีอุส\n",
    "6-ar.txt": "التقى وزير الخارجية الليتواني كيستوتيس بودريس وزير الخارجية الكوري الجنوبي في فيلنيوس يوم الأربعاء.\n",
    "7-zh.txt": "立陶宛外长凯斯图蒂斯·布德里斯在维尔纽斯会见韩国外长。\n",
  });
  const budrys = found.filter((p) => p.aliases.some((a) => /Budrys|Будрис|부드리스|ブドリス|บุดรีส|بودريس/.test(a)));
  assert.equal(budrys.length, 1, JSON.stringify(found.map((p) => p.aliases)));
  for (const a of ["Kęstutis Budrys", "Кястутис Будрис", "케스투티스 부드리스", "ケストゥティス・ブドリス", "เกสตูติส บุดรีส", "كيستوتيس بودريس", "凯斯图蒂斯·布德里斯"]) assert.ok(budrys[0].aliases.includes(a), a);
  assert.equal(budrys[0].name, "Kęstutis Budrys", "the English report's form is the canonical name");
  const rudskoy = found.find((p) => p.aliases.includes("Andrei Rudskoy"));
  assert.ok(rudskoy && !rudskoy.aliases.includes("Андрей Руденко"), "Rudenko is someone else");
  const lee = found.find((p) => p.aliases.includes("이명박"));
  assert.ok(lee && !lee.aliases.some((a) => /Jae-myung|재명/.test(a)));
});

test("a namesake in a story with no country in common is not merged across scripts", () => {
  const found = people({
    "1-en.txt": "Lithuanian Foreign Minister Kęstutis Budrys met Korean Foreign Minister Cho Hyun in Vilnius.\n",
    "2-ru.txt": "Министр Кястутис Будрис открыл новый стадион в городе.\n",
  });
  const latin = found.find((p) => p.aliases.includes("Kęstutis Budrys"));
  const cyrillic = found.find((p) => p.aliases.includes("Кястутис Будрис"));
  assert.ok(latin && cyrillic, JSON.stringify(found.map((p) => p.aliases)));
  assert.notEqual(latin, cyrillic);
});

test("a Central Asian minister in a Korean and an Arabic report only (no Latin spelling) is one person; a family name alone joins in both", () => {
  const found = people({
    "1-ko.txt": "무라트 누르틀레우 카자흐스탄 외교장관은 서울에서 한국 외교부 장관과 회담했다. 누르틀레우 장관은 협력을 강조했다.\n",
    "2-ar.txt": "استقبل وزير خارجية كازاخستان مراد نورتليو وزير الخارجية الكوري الجنوبي في أستانا. وقال نورتليو إن البلدين يعملان معا.\n",
  });
  const nurtleu = found.filter((p) => p.aliases.some((a) => /누르틀레우|نورتليو/.test(a)));
  assert.equal(nurtleu.length, 1, JSON.stringify(found.map((p) => p.aliases)));
  for (const a of ["무라트 누르틀레우", "누르틀레우", "مراد نورتليو", "نورتليو"]) assert.ok(nurtleu[0].aliases.includes(a), a);
});

test("the same two scripts with no country in common stay apart", () => {
  const found = people({
    "1-ko.txt": "무라트 누르틀레우 카자흐스탄 외교장관은 서울에서 한국 외교부 장관과 회담했다.\n",
    "2-ar.txt": "قال وزير الخارجية المصري مراد نورتليو إن الملعب الجديد في القاهرة جاهز.\n",
  });
  const korean = found.find((p) => p.aliases.includes("무라트 누르틀레우"));
  assert.ok(korean && found.some((p) => p.aliases.includes("مراد نورتليو")), JSON.stringify(found.map((p) => p.aliases)));
  assert.ok(!korean.aliases.includes("مراد نورتليو"), "no country in common");
});
