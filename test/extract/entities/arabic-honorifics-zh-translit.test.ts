// Arabic honorifics (معالي, سعادة, سمو), also with a conjunction clitic (ومعالي), introduce a name;
// a name ends after its family part `آل X`; Arabic names with بن/آل and their French/English forms
// (ben/bin, Al Nahyane/Al Nahyan, Abdallah/Abdullah) are one person through data/people.tsv, and so is
// a French minister written in Arabic. Chinese: a transliterated name of five or more characters
// right after a title with a country (埃及外长阿卜杜勒阿蒂). Near misses: the honorific's word as a noun
// (سمو العلاقات), a name without `آل` that goes on with a verb's object, a Chinese word after a title.
import { test } from "node:test";
import assert from "node:assert/strict";
import { run, surfaces, person } from "./mentions.ts";

test("Arabic honorifics, with or without a clitic, introduce the full name; `آل X` ends it", () => {
  assert.deepEqual(surfaces(run("وأكد معالي عبدالله بن زايد آل نهيان أهمية العلاقات.", "ar"), "person"), ["عبدالله بن زايد آل نهيان"]);
  assert.deepEqual(surfaces(run("واستقبل ومعالي الشيخ عبدالله بن زايد آل نهيان الوفد.", "ar"), "person"), ["عبدالله بن زايد آل نهيان"]);
  assert.deepEqual(surfaces(run("وأشاد سعادة السفير محمد الظاهري بالتعاون.", "ar"), "person"), ["محمد الظاهري"]);
});

test("one person across Arabic, French and English spellings; a French minister in Arabic", () => {
  const ar = run("وأكد معالي عبدالله بن زايد آل نهيان أهمية العلاقات.", "ar");
  const fr = run("Le ministre émirien, cheikh Abdallah ben Zayed Al Nahyane, a reçu son homologue.", "fr");
  const en = run("Sheikh Abdullah bin Zayed Al Nahyan received him.", "en");
  for (const ms of [ar, fr, en]) assert.ok(ms.some((m) => m.ref === person("Abdullah bin Zayed")), ms.map((m) => m.ref).join(", "));
  const barrot = run("التقى وزير الخارجية الفرنسي جان نويل بارو نظيره.", "ar");
  assert.ok(barrot.some((m) => m.ref === person("Jean-Noël Barrot")), barrot.map((m) => m.ref).join(", "));
});

test("zh: a long transliterated name after a title with a country", () => {
  const ms = run("埃及外长阿卜杜勒阿蒂表示，双方将加强合作。", "zh");
  assert.deepEqual(surfaces(ms, "person"), ["阿卜杜勒阿蒂"]);
});

test("near misses: the honorific's word as a noun, and a Chinese word after a title", () => {
  assert.deepEqual(surfaces(run("وهذا يدل على سمو العلاقات بين البلدين.", "ar"), "person"), []);
  assert.deepEqual(surfaces(run("埃及外长会议将于明年举行。", "zh"), "person"), []);
});

test("ar: one word after a title that the document repeats is a one-word name; said once, it is not", () => {
  const once = run("قال وزير الخارجية الإندونيسي سوغيونو إن التجارة نمت.", "ar").filter((m) => m.type === "person");
  assert.deepEqual(once, []);
  const twice = run("التقى وزير الخارجية المصري بدر عبد العاطي نظيره الإندونيسي سوغيونو في القاهرة. وقال سوغيونو إن التجارة نمت.", "ar")
    .filter((m) => m.type === "person").map((m) => m.surface);
  assert.equal(twice[0], "بدر عبد العاطي");
  assert.ok(twice.slice(1).length >= 1 && twice.slice(1).every((x) => x === "سوغيونو"), JSON.stringify(twice));
});
