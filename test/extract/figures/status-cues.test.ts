import { test } from "node:test";
import assert from "node:assert/strict";
import { facts, VN, JP, KR, CN, ID, FR, DE, ES, RU, NL } from "./helpers.ts";

const TH = "country:TH", PH = "country:PH";

test("future provision of money is a pledge by the giver, aid when the money is aid", () => {
  const cases: [string, string, string, number, [string, string][], string][] = [
    ["en", "Japan pledged a grant of 30 million USD to Thailand for flood control.", "30 million USD", 30e6, [["Japan", JP], ["Thailand", TH]], "aid"],
    ["vi", "Hàn Quốc cam kết tài trợ 50 triệu USD viện trợ không hoàn lại cho Thái Lan.", "50 triệu USD", 50e6, [["Hàn Quốc", KR], ["Thái Lan", TH]], "aid"],
    ["nl", "Nederland heeft 20 miljoen euro ontwikkelingshulp toegezegd aan Vietnam.", "20 miljoen euro", 20e6, [["Nederland", NL], ["Vietnam", VN]], "aid"],
    ["zh", "中方承诺提供3亿元人民币无偿援助给泰国。", "3亿元人民币", 3e8, [["中方", CN], ["泰国", TH]], "aid"],
    ["id", "Jepang berkomitmen memberikan pinjaman USD500 juta kepada Filipina.", "USD500 juta", 5e8, [["Jepang", JP], ["Filipina", PH]], "aid"],
    ["fr", "La France s'est engagée à verser une aide de 40 millions d'euros au Vietnam.", "40 millions d'euros", 40e6, [["France", FR], ["Vietnam", VN]], "aid"],
    ["es", "España se comprometió a aportar 10 millones de euros en ayuda al desarrollo a Filipinas.", "10 millones de euros", 10e6, [["España", ES], ["Filipinas", PH]], "aid"],
    ["ru", "Россия выделит 5 млн долларов помощи Таиланду.", "5 млн долларов", 5e6, [["Россия", RU], ["Таиланду", TH]], "aid"],
  ];
  for (const [lang, text, surface, value, ms, metric] of cases) {
    const out = facts(lang, [{ text, quantities: [{ surface, kind: "money", value }] }], ms);
    assert.deepEqual(out.map((f) => [f.metric, f.status, f.parties]), [[metric, "pledge", [ms[0]![1]]]], `${lang}: ${text}`);
  }
});

test("raising a figure to a level by a year is a target for that year", () => {
  const cases: [string, string, string, number, string, [string, string][]][] = [
    ["en", "Thailand and Vietnam aim to raise bilateral trade to 25 billion USD by 2027.", "25 billion USD", 25e9, "2027", [["Thailand", TH], ["Vietnam", VN]]],
    ["vi", "Hai nước hướng tới mục tiêu đưa kim ngạch thương mại lên 25 tỷ USD vào năm 2027.", "25 tỷ USD", 25e9, "2027", [["Việt Nam", VN], ["Thái Lan", TH]]],
    ["de", "Deutschland und Thailand wollen den Handel bis 2028 auf 20 Milliarden Euro steigern.", "20 Milliarden Euro", 20e9, "2028", [["Deutschland", DE], ["Thailand", TH]]],
    ["id", "Indonesia dan Thailand menargetkan perdagangan bilateral USD30 miliar hingga 2029.", "USD30 miliar", 30e9, "2029", [["Indonesia", ID], ["Thailand", TH]]],
  ];
  for (const [lang, text, surface, value, year, ms] of cases) {
    const q = [{ surface, kind: "money" as const, value }, { surface: year, kind: "year" as const, value: Number(year), nth: 0 }];
    const out = facts(lang, [{ text, quantities: q }], ms);
    assert.deepEqual(out.map((f) => [f.metric, f.status, f.period]), [["trade", "target", year]], `${lang}: ${text}`);
  }
});

test("a figure that rose to a level in a past year stays actual", () => {
  const id = facts("id", [{ text: "Nilai perdagangan Indonesia dan Thailand naik menjadi USD19 miliar pada 2024.", quantities: [
    { surface: "USD19 miliar", kind: "money", value: 19e9 }, { surface: "2024", kind: "year", value: 2024 }] }],
  [["Indonesia", ID], ["Thailand", TH]], "2025-02-01");
  assert.deepEqual(id.map((f) => [f.status, f.period]), [["actual", "2024"]]);
  const zh = facts("zh", [{ text: "2024年中泰贸易额达到1340亿美元。", quantities: [
    { surface: "2024", kind: "year", value: 2024 }, { surface: "1340亿美元", kind: "money", value: 134e9 }] }],
  [["中", CN], ["泰", TH]], "2025-02-01");
  assert.deepEqual(zh.map((f) => [f.status, f.period]), [["actual", "2024"]]);
});
