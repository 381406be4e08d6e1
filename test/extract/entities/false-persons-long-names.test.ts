// Arabic names of three parts kept whole, and phrases after a title that are no people (Arabic
// "the current session", "while … took part"; a Vietnamese syllable of `Cộng hòa`; a Chinese
// conjunction that is also a surname, `和`). Each with the real names beside them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { run, surfaces } from "./mentions.ts";

test("ar: three-part names are whole; the article never starts a name; stop words from lang/ar end it", () => {
  const ms = run("وترأس الاجتماع رئيس الدورة الحالية للمجلس الوزاري وزير خارجية الكويت عبد الله علي اليحيا، فيما شارك الأمين العام لمجلس التعاون جاسم محمد البديوي.", "ar");
  const names = surfaces(ms, "person");
  assert.ok(names.includes("عبد الله علي اليحيا"), `${names}`);
  assert.ok(names.includes("جاسم محمد البديوي"), `${names}`);
  assert.ok(!names.some((n) => /الدورة|الحالية|فيما|شارك/.test(n)), `no phrase is a person: ${names}`);
  const three = surfaces(run("استقبل رئيس جمهورية أوزبكستان شوكت ميرضيائيف نظيره الكازاخي قاسم جومارت توكاييف.", "ar"), "person");
  assert.ok(three.includes("قاسم جومارت توكاييف"), `a bare third part where the name ends: ${three}`);
  assert.ok(three.includes("شوكت ميرضيائيف"), `${three}`);
  // Near miss: a third word that runs on into the sentence is no family name.
  const on = surfaces(run("وقال وزير الخارجية حسين إبراهيم طه إن الجلسة مهمة.", "ar"), "person");
  assert.ok(on.includes("حسين إبراهيم"), `${on}`);
  assert.ok(!surfaces(run("وقال الرئيس، فيما شارك الوزير في الاجتماع.", "ar"), "person").length, "a title, a comma, then a clause");
  // A listed name is whole: the word after it is the sentence's object, not a family name.
  assert.ok(surfaces(run("واستقبل الرئيس عبد الفتاح السيسي الوفد.", "ar"), "person").includes("عبد الفتاح السيسي"));
});

test("vi: one marked syllable after a title is a word, not a person; real names and foreign one-word names stay", () => {
  const ms = run("Tổng thống Cộng hòa Uzbekistan Shavkat Mirziyoyev hội đàm với Chủ tịch nước Lương Cường, sau đó gặp Tổng thống Trump và Thủ tướng Liên bang Nga.", "vi");
  const names = surfaces(ms, "person");
  assert.ok(!names.includes("Cộng") && !names.includes("Liên"), `${names}`);
  assert.ok(names.includes("Lương Cường") && names.includes("Shavkat Mirziyoyev") && names.includes("Trump"), `${names}`);
  // Near miss: the short form of a full name of the document still resolves.
  assert.ok(surfaces(run("Chủ tịch nước Lương Cường phát biểu. Chủ tịch Cường nhấn mạnh hợp tác.", "vi"), "person").includes("Chủ tịch Cường"));
});

test("zh: a function word after a title starts no name, even when it is a surname", () => {
  const names = surfaces(run("两国总统和服务业代表出席。部长和贸易代表团会谈。韩国总统和李强总理见面。乌兹别克斯坦总统米尔济约耶夫和国家主席习近平会谈。", "zh"), "person");
  assert.ok(!names.some((n) => n.startsWith("和")), `${names}`);
  for (const n of ["李强", "米尔济约耶夫", "习近平"]) assert.ok(names.includes(n), `${n} in ${names}`);
});
