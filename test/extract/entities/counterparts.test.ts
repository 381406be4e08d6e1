// A person introduced by a counterpart word (`his PNG counterpart Billy Joseph`, `zijn Indonesische
// ambtgenoot Sugiono`, `rakan sejawatnya dari Indonesia, Sugiono`), with or without the other side's
// country, one-word names included. The word gives no role: the office is the other side's.
import { test } from "node:test";
import assert from "node:assert/strict";
import { run, surfaces } from "./mentions.ts";

const persons = (text: string, lang: string) => run(text, lang).filter((m) => m.type === "person");

test("a name after a counterpart word is a person, with or without a country before or after it", () => {
  const cases: [string, string, string][] = [
    ["en", "Marles met his PNG counterpart Billy Joseph in Port Moresby on Monday.", "Billy Joseph"],
    ["en", "The minister phoned his counterpart, Sugiono, after the vote.", "Sugiono"],
    ["nl", "Brekelmans sprak donderdag met zijn Indonesische ambtgenoot Sugiono in Jakarta.", "Sugiono"],
    ["nl", "De minister ontmoette zijn ambtgenoot Sjafrie Sjamsoeddin in Den Haag.", "Sjafrie Sjamsoeddin"],
    ["de", "Wadephul traf am Dienstag seinen indonesischen Amtskollegen Sugiono in Berlin.", "Sugiono"],
    ["fr", "Le ministre a rencontré son homologue indonésien Sugiono à Jakarta.", "Sugiono"],
    ["es", "Albares se reunió con su homóloga australiana, Penny Wong, en Madrid.", "Penny Wong"],
    ["ms", "Mohamad bertemu rakan sejawatnya dari Indonesia, Sugiono, di Kuala Lumpur.", "Sugiono"],
    ["id", "Sugiono bertemu mitranya dari Malaysia, Mohamad Hasan, di Jakarta.", "Mohamad Hasan"],
    ["vi", "Bộ trưởng Lê Hoài Trung hội đàm với người đồng cấp Indonesia Sugiono tại Hà Nội.", "Sugiono"],
    ["ru", "Лавров провёл переговоры со своим индонезийским коллегой Сугионо в Москве.", "Сугионо"],
  ];
  for (const [lang, text, name] of cases) {
    const ms = persons(text, lang);
    const m = ms.find((x) => x.surface === name);
    assert.ok(m, `${lang}: ${name} in ${ms.map((x) => x.surface)}`);
    assert.equal(m.role, undefined, `${lang}: a counterpart word is no role of ${name}`);
  }
});

test("near misses: a counterpart word before a place, a lowercase word or a common noun names nobody", () => {
  assert.deepEqual(surfaces(run("The ministry said its counterpart in Canberra had agreed.", "en"), "person"), []);
  assert.deepEqual(surfaces(run("Its counterpart agency will review the plan.", "en"), "person"), []);
  assert.deepEqual(surfaces(run("Indonesia menjadi mitra Jepang dalam proyek itu.", "id"), "person"), []);
  // German writes nouns capitalised: plain `Kollegen` is no counterpart word (`mit seinen Kollegen Gespräche`).
  assert.deepEqual(surfaces(run("Der Minister führte mit seinen Kollegen Gespräche über Handel.", "de"), "person"), []);
  // A title's role is still kept when the counterpart has one of their own.
  const titled = persons("Wong met her counterpart, Foreign Minister Sugiono, in Jakarta.", "en").find((m) => m.surface.endsWith("Sugiono"));
  assert.equal(titled?.role, "Foreign Minister", "the counterpart's own title is their role");
});
