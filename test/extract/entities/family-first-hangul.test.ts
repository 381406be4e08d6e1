// Korean writes Japanese (and Chinese) names family name first, with Japanese ministers' own titles
// (`외무상`, `방위상`): `이와야 다케시 일본 외무상` and later `이와야 외무상은` are one person, even when the
// family name also reads as a Korean name (이 + 와야). Arabic names Central Asian peoples without
// `-stan` (`القيرغيزي`), and the name after such a title is read as after any other country adjective.
import { test } from "node:test";
import assert from "node:assert/strict";
import { run } from "./mentions.ts";

const persons = (text: string, lang: string) => run(text, lang).filter((m) => m.type === "person").map((m) => [m.surface, m.ref]);

test("ko: a Japanese minister's title after the name, and the family name alone later, is one person", () => {
  for (const [text, full, short] of [
    ["이와야 다케시 일본 외무상이 15일 방한했다. 이와야 외무상은 조현 외교부 장관과 회담했다.", "이와야 다케시", "이와야"],
    ["고바야시 다카유키 일본 방위상이 방한했다. 고바야시 방위상은 협력을 강조했다.", "고바야시 다카유키", "고바야시"],
  ]) {
    const ps = persons(text, "ko");
    const f = ps.find(([s]) => s === full), sh = ps.find(([s]) => s === short);
    assert.ok(f && sh, `${full} and ${short} in ${JSON.stringify(ps)}`);
    assert.equal(sh[1], f[1], `${short} is ${full}`);
  }
  // Near miss: two Japanese ministers with other family names; the short name joins only its own.
  const two = persons("이와야 다케시 일본 외무상과 나카타니 겐 일본 방위상이 방한했다. 나카타니 방위상은 말했다.", "ko");
  const nakatani = two.find(([s]) => s === "나카타니 겐"), short = two.find(([s]) => s === "나카타니");
  assert.ok(nakatani && short && short[1] === nakatani[1], JSON.stringify(two));
  assert.ok(!two.some(([s, r]) => s === "나카타니" && r === two.find(([x]) => x === "이와야 다케시")?.[1]));
  // Near miss: a Korean name before a title is not swallowed by a foreign name beginning otherwise.
  const ko = persons("이와야 다케시 일본 외무상이 방한했다. 이재명 대통령은 그를 접견했다.", "ko");
  assert.ok(ko.some(([s, r]) => s === "이재명" && r !== ko.find(([x]) => x === "이와야 다케시")?.[1]), JSON.stringify(ko));
});

test("ar: a -stan country's people adjective is the country; the name after it is a person", () => {
  const ms = run("التقى وزير الخارجية القيرغيزي جينبيك كولوباييف وزير الخارجية الكوري الجنوبي في سيول.", "ar");
  assert.ok(ms.some((m) => m.type === "country" && m.ref === "country:KG" && m.surface === "القيرغيزي"), JSON.stringify(ms.map((m) => [m.type, m.surface])));
  assert.ok(ms.some((m) => m.type === "person" && m.surface === "جينبيك كولوباييف"));
  assert.ok(run("وقال الرئيس الطاجيكي إمام علي رحمن إن البلدين شريكان.", "ar").some((m) => m.ref === "country:TJ"));
  // Near miss: Pakistan's short stem (`الباكي`) is no adjective of Pakistan.
  assert.ok(!run("قال الرجل الباكي إنه متعب.", "ar").some((m) => m.ref === "country:PK"));
});
