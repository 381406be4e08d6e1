// Two entity classes seen on a blind set: a press-release footer (`Spokesperson Unit, Tel: …`) names
// nobody (office and contact words are never names), and an Arabic professional honorific between a
// title and a name (`معالي وزير الاستثمار المهندس …`) carries the title on to the name. Near miss: a
// name after the same title without the footer words is still found.
import { test } from "node:test";
import assert from "node:assert/strict";
import { run } from "./mentions.ts";

const persons = (text: string, lang: string) => run(text, lang).filter((m) => m.type === "person").map((m) => m.surface);

test("en: a press-release footer names nobody", () => {
  assert.deepEqual(persons("Spokesperson Unit, Tel: 123 456, Email: info@example.org", "en"), []);
  assert.deepEqual(persons("Spokesperson Anna Smith said the talks went well.", "en"), ["Anna Smith"]);
});

test("ar: an honorific between a title and a name", () => {
  assert.deepEqual(persons("قال معالي وزير الاستثمار المهندس خالد بن عبدالعزيز الفالح إن المملكة تدعم الاتفاق.", "ar"), ["خالد بن عبدالعزيز الفالح"]);
  assert.deepEqual(persons("وقال الدكتور أحمد الخطيب إن التعاون مهم.", "ar"), ["أحمد الخطيب"]);
});
