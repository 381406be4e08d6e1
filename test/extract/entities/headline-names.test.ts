// A Title Case headline capitalises the words after a name: the body says where the name ends.
import { test } from "node:test";
import assert from "node:assert/strict";
import { run } from "./mentions.ts";

const persons = (text: string, lang: string) => run(text, lang).filter((m) => m.type === "person").map((m) => m.surface);

test("id: a headline name stops where the body's name stops", () => {
  const text = "Menlu Sugiono dan Menlu Adachi Sepakati Pendanaan LRT Bandung Tahap 2\n\nJakarta – Menteri Luar Negeri Sugiono menerima Menteri Luar Negeri Jepang Hiroshi Adachi di Jakarta. Menlu Adachi menyatakan dukungan Jepang.";
  const ps = persons(text, "id");
  assert.ok(!ps.some((p) => p.includes("Sepakati")), JSON.stringify(ps));
  assert.ok(ps.includes("Hiroshi Adachi"), JSON.stringify(ps));
});

test("near misses: a headline name the body repeats whole, and sentence-case headlines, stay as read", () => {
  const text = "President Joko Widodo Opens New Port In Surabaya\n\nSurabaya – President Joko Widodo opened the port on Monday.";
  assert.ok(persons(text, "en").includes("Joko Widodo"));
  const plain = "Menlu Adachi Sepakati percepatan proyek kereta dengan Indonesia\n\nJakarta – Menlu Adachi hadir.";
  assert.deepEqual(persons(plain, "id").filter((p) => p.startsWith("Adachi")).length > 0, true);
});
