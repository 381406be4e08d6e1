// Royal titles introduce names like other titles: Japanese `皇太子`, `天皇`, `親王`, `国王` (before or after
// the name, and a name between two titles: `皇太子徳仁親王`), Thai `มกุฎราชกุมาร`, `สมเด็จพระบรมโอรสาธิราช`,
// `เจ้าฟ้า`, `สมเด็จพระจักรพรรดิ` glued to the name, which ends before a royal verb (`เสด็จ`, `ทรงต้อนรับ`).
// A well-known person's Thai name of one or three words is whole (data/people.tsv). Near misses: a
// title alone (`天皇陛下`, `พระบาทสมเด็จพระเจ้าอยู่หัว`) names nobody, and a Thai given name glued to
// `ทรง…` that is no royal verb stays a name.
import { test } from "node:test";
import assert from "node:assert/strict";
import { run, person } from "./mentions.ts";

const persons = (text: string, lang: string) => run(text, lang).filter((m) => m.type === "person").map((m) => [m.ref, m.role]);

test("ja: royal titles before and after a name", () => {
  assert.deepEqual(persons("皇太子徳仁親王が式典に出席した。", "ja"), [[person("Naruhito"), "皇太子"]]);
  assert.deepEqual(persons("徳仁天皇はベトナムを訪問された。", "ja"), [[person("Naruhito"), "天皇"]]);
  assert.deepEqual(persons("タイのワチラロンコン国王が来日した。", "ja"), [[person("Vajiralongkorn"), "国王"]]);
});

test("th: royal titles glued to a name that ends before a royal verb", () => {
  assert.deepEqual(persons("มกุฎราชกุมารมุฮัมมัด บิน ซัลมาน ทรงต้อนรับนายกรัฐมนตรี", "th"), [[person("Mohammed bin Salman"), "มกุฎราชกุมาร"]]);
  assert.deepEqual(persons("สมเด็จพระจักรพรรดินารุฮิโตะเสด็จเยือนไทย", "th"), [[person("Naruhito"), "สมเด็จพระจักรพรรดิ"]]);
  assert.deepEqual(persons("สมเด็จพระบรมโอรสาธิราชเจ้าฟ้ามหาวชิราลงกรณเสด็จเยือนญี่ปุ่น", "th").map((p) => p[0]), [person("Vajiralongkorn")]);
});

test("near misses: a royal title alone, a Thai name starting like a royal word", () => {
  assert.deepEqual(persons("天皇陛下はベトナムを訪問された。", "ja"), []);
  assert.deepEqual(persons("พระบาทสมเด็จพระเจ้าอยู่หัวทรงต้อนรับนายกรัฐมนตรี", "th"), []);
  const ms = run("นายทรงศักดิ์ ใจดี กล่าวว่าไทยพร้อม", "th").filter((m) => m.type === "person");
  assert.deepEqual(ms.map((m) => m.surface), ["ทรงศักดิ์ ใจดี"]);
});

test("th: `แห่ง` (of) after a title starts no name: the country and the city after it stay theirs", () => {
  const ms = run("นายอนุทิน ชาญวีรกูล ได้หารือกับเจ้าชายโมฮัมเหม็ด บิน ซัลมาน มกุฎราชกุมารแห่งซาอุดีอาระเบีย ที่กรุงริยาด เมื่อวันที่ 3 มีนาคม", "th");
  assert.ok(!ms.some((m) => m.type === "person" && m.surface.includes("แห่ง")), JSON.stringify(ms.map((m) => m.surface)));
  assert.ok(ms.some((m) => m.ref === "country:SA"));
  assert.ok(ms.some((m) => m.type === "place" && m.name === "Riyadh"));
});
