// A crown prince's title introduces his name in every language that writes it before the name
// (`prince héritier`, `王储`, `Putera Mahkota`), and a French spelling (`ben Salmane`) meets the
// others from data/people.tsv. Near misses: a plain `prince` still introduces a name, and the title
// alone names nobody.
import { test } from "node:test";
import assert from "node:assert/strict";
import { run, person } from "./mentions.ts";

const mbs = person("Mohammed bin Salman");
const persons = (text: string, lang: string) => run(text, lang).filter((m) => m.type === "person");

test("a crown prince's title before his name, across languages", () => {
  for (const [lang, text] of [
    ["fr", "Le prince héritier Mohammed ben Salmane a reçu le président à Riyad."],
    ["fr", "Le prince héritier saoudien Mohammed ben Salmane a reçu le président."],
    ["zh", "沙特王储穆罕默德·本·萨勒曼会见了总统。"],
    ["ms", "Putera Mahkota Mohammed bin Salman menerima presiden di Riyadh."],
    ["ru", "Наследный принц Мухаммед бен Сальман принял президента."],
    ["es", "El príncipe heredero Mohamed bin Salmán recibió al presidente."],
  ]) {
    const ps = persons(text, lang);
    assert.deepEqual(ps.map((m) => m.ref), [mbs], `${text}: ${ps.map((m) => m.surface).join(", ")}`);
  }
});

test("near misses: a plain prince, and the title alone", () => {
  assert.deepEqual(persons("Le prince Harry a visité Paris.", "fr").map((m) => m.surface), ["Harry"]);
  assert.deepEqual(persons("Le prince héritier a reçu le président.", "fr"), []);
  assert.deepEqual(persons("王储会见了总统。", "zh"), []);
});
