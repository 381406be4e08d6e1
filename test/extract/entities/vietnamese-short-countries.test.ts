// Vietnamese: a country name of three letters or fewer matches only with its own tone marks, even when
// it has none (`Nga` is Russia, `ngà` "ivory" and the given name `Ngà` are not). Near misses: the
// country names themselves, with and without diacritics of their own (`Nga`, `Úc`, `Lào`, `Mỹ`).
import { test } from "node:test";
import assert from "node:assert/strict";
import { run, refs } from "./mentions.ts";

test("a word differing from a short country name only by its tone marks is not the country", () => {
  for (const text of ["Ngà voi bị tịch thu tại cảng Hải Phòng.", "Bà Ngà phát biểu tại hội nghị.", "Hải quan thu giữ 2 tấn ngà voi."]) {
    assert.ok(!refs(run(text, "vi"), "country").has("country:RU"), text);
  }
});

test("near misses: the short country names themselves", () => {
  const ms = run("Quan hệ Việt - Nga phát triển, trong khi Úc và Mỹ ký thỏa thuận với Lào.", "vi");
  for (const c of ["RU", "AU", "US", "LA"]) assert.ok(refs(ms, "country").has(`country:${c}`), c);
  assert.ok(refs(run("Tổng thống Nga đến Hà Nội.", "vi"), "country").has("country:RU"));
});
