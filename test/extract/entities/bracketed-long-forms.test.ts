// A name followed by its long form in another language and the acronym inside one bracket
// (`Persetujuan … Indonesia-Australia (Indonesia-Australia Comprehensive Economic Partnership
// Agreement/IA-CEPA)`) is one thing: both names and the acronym carry one ref, the one the English
// text gives it (`AU-ID CEPA`), and later bare uses of the acronym meet it. Near misses: a bracket
// with a source credit (`(Reuters, AP)`) or a place and date defines nothing.
import { test } from "node:test";
import assert from "node:assert/strict";
import { run } from "./mentions.ts";

test("id: a name, its English long form and the acronym in one bracket are one agreement", () => {
  const text = "Persetujuan Kemitraan Ekonomi Komprehensif Indonesia-Australia (Indonesia-Australia Comprehensive Economic Partnership Agreement/IA-CEPA) mulai berlaku pada 2020. Sejak itu IA-CEPA meningkatkan perdagangan.";
  const a = run(text, "id").filter((m) => m.type === "agreement");
  assert.deepEqual(a.map((m) => m.surface), [
    "Persetujuan Kemitraan Ekonomi Komprehensif Indonesia-Australia",
    "Indonesia-Australia Comprehensive Economic Partnership Agreement",
    "IA-CEPA",
    "IA-CEPA",
  ]);
  assert.deepEqual([...new Set(a.map((m) => m.ref))], ["agreement:AU-ID CEPA"]);
  const en = run("The Indonesia-Australia Comprehensive Economic Partnership Agreement (IA-CEPA) entered into force.", "en");
  assert.ok(en.some((m) => m.ref === "agreement:AU-ID CEPA"));
});

test("near misses: credits and datelines in brackets", () => {
  const ms = run("Kedua menteri bertemu di Jakarta (Reuters, AP) dan membahas perdagangan (Kantor Berita Nasional, 2024).", "id");
  assert.deepEqual(ms.filter((m) => m.type === "agreement" || m.type === "initiative").map((m) => m.surface), []);
});
