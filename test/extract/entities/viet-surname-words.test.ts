// A Vietnamese family name that is a word in another language (`Le`, `Do`, `Van`, `Ha`) stays part
// of the name after a title or counterpart word when Vietnamese syllables follow it. Near misses: the
// same word before a non-Vietnamese name, or in lower case, is not made a person's name.
import { test } from "node:test";
import assert from "node:assert/strict";
import { run, surfaces } from "./mentions.ts";

test("a counterpart word or title, then a Vietnamese full name whose family name is a word elsewhere", () => {
  const cases: [string, string, string][] = [
    ["nl", "Minister Van Weel sprak dinsdag met zijn Vietnamese ambtgenoot Le Hoai Trung over handel.", "Le Hoai Trung"],
    ["en", "Foreign Minister Le Hoai Trung received the delegation in Hanoi.", "Le Hoai Trung"],
    ["fr", "Le ministre a rencontré son homologue vietnamien Le Hoai Trung à Paris.", "Le Hoai Trung"],
    ["de", "Außenminister Wadephul traf seinen vietnamesischen Amtskollegen Le Hoai Trung in Berlin.", "Le Hoai Trung"],
  ];
  for (const [lang, text, name] of cases) {
    const ps = surfaces(run(text, lang), "person");
    assert.ok(ps.includes(name), `${lang}: ${name} in ${ps.join(", ")}`);
    assert.ok(!ps.includes(name.split(" ").slice(1).join(" ")), `${lang}: no shortened name in ${ps.join(", ")}`);
  }
});

test("near misses: the word before a non-Vietnamese name or in lower case is not a family name", () => {
  const nl = surfaces(run("Minister Van Weel sprak met de pers.", "nl"), "person");
  assert.deepEqual(nl, ["Van Weel"]);
  const fr = surfaces(run("Le ministre Jean-Noël Barrot a reçu Le Monde.", "fr"), "person");
  assert.deepEqual(fr, ["Jean-Noël Barrot"]);
});

test("a short capitalised word inside a place's name must keep its capital: `Trung à` in French is no `Trung Á`", () => {
  const fr = run("Le ministre a rencontré son homologue Le Hoai Trung à Paris.", "fr");
  assert.ok(!fr.some((m) => m.ref === "place:Central Asia"), fr.map((m) => m.surface).join(", "));
  const vi = run("Các nước Trung Á tăng cường hợp tác.", "vi");
  assert.ok(vi.some((m) => m.ref === "place:Central Asia"), vi.map((m) => m.surface).join(", "));
});

test("a word differing from a family name only by its tone marks starts no name (Bộ Trưởng is no Trương)", () => {
  const ms = run("Thủ Tướng Anh Keir Starmer và Bộ Trưởng Ngoại Giao Đức gặp nhau. Ông Trương Hòa Bình dự họp.", "vi");
  assert.deepEqual(ms.filter((m) => m.type === "person").map((m) => m.surface), ["Keir Starmer", "Trương Hòa Bình"]);
});
