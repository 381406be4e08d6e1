// A title followed by a country is an office of that country, not a person: Vietnamese `Đại sứ Anh`
// (the British ambassador; `Anh` is also a given name), `Thủ tướng Anh Keir Starmer` (the name after
// the country carries the role). The same in other languages (`Ambassador of Japan`, `der französische
// Botschafter`). Near misses: a Vietnamese name ending in `Anh` stays a person and mentions no country.
import { test } from "node:test";
import assert from "node:assert/strict";
import { run, refs, surfaces } from "./mentions.ts";

test("vi: a title and a short country name is no person; the name after them carries the role", () => {
  const ms = run("Đại sứ Anh và Đại sứ Hàn Quốc đã tới dự, còn Bộ trưởng Pháp gửi thư chúc mừng.", "vi");
  assert.deepEqual(surfaces(ms, "person"), []);
  for (const c of ["GB", "KR", "FR"]) assert.ok(refs(ms, "country").has(`country:${c}`), c);
  const starmer = run("Thủ tướng Anh Keir Starmer hội đàm với người đồng cấp.", "vi");
  const p = starmer.filter((m) => m.type === "person");
  assert.deepEqual(p.map((m) => [m.surface, m.role]), [["Keir Starmer", "Thủ tướng Anh"]]);
  assert.ok(refs(starmer, "country").has("country:GB"));
  assert.ok(refs(run("Quan hệ Việt - Hàn phát triển mạnh.", "vi"), "country").has("country:KR"));
});

test("near miss: a Vietnamese name ending in Anh is a person, not Britain", () => {
  const ms = run("Cựu Chủ tịch nước Lê Đức Anh và ông Nguyễn Tuấn Anh dự lễ.", "vi");
  assert.deepEqual(surfaces(ms, "person"), ["Lê Đức Anh", "Nguyễn Tuấn Anh"]);
  assert.ok(!refs(ms, "country").has("country:GB"));
});

test("en, de: an ambassador of a country is no person", () => {
  for (const [lang, text, code] of [
    ["en", "The Ambassador of Japan met the minister on Monday.", "JP"],
    ["de", "Der französische Botschafter traf den Minister.", "FR"],
  ]) {
    const ms = run(text, lang);
    assert.deepEqual(surfaces(ms, "person"), [], text);
    assert.ok(refs(ms, "country").has(`country:${code}`), text);
  }
});

test("vi: a country syllable ending a given name, or the honorific anh, is no country", () => {
  for (const text of ["Theo anh Tuấn Anh, giá cả tăng.", "Theo anh Minh Đức, giá cả tăng.", "Anh Nguyễn Văn Nam, một người dân, cho biết."]) {
    assert.deepEqual(surfaces(run(text, "vi"), "country"), [], text);
  }
});

test("near misses: a country after its office, after a preposition before a name, or opening a sentence", () => {
  assert.deepEqual(surfaces(run("Đại sứ Đức và Thủ tướng Anh đã gặp nhau.", "vi"), "country"), ["Đức", "Anh"]);
  assert.deepEqual(surfaces(run("Đại sứ Việt Nam tại Anh Nguyễn Hoàng Long dự lễ.", "vi"), "country"), ["Việt Nam", "Anh"]);
  assert.deepEqual(surfaces(run("Anh ủng hộ lập trường của Việt Nam.", "vi"), "country"), ["Anh", "Việt Nam"]);
});
