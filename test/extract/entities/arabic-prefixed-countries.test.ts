// Arabic country names carry attached conjunctions and prepositions (و، ل، لل، ب، وال), and news
// uses the short names (`السعودية`, `الإمارات`) more than the official ones Intl gives.
import { test } from "node:test";
import assert from "node:assert/strict";
import { run, refs } from "./mentions.ts";

test("ar: prefixed short country names are country mentions", () => {
  assert.deepEqual(refs(run("بلغ حجم التجارة بين مصر والسعودية 10 مليارات دولار.", "ar"), "country"), new Set(["country:EG", "country:SA"]));
  assert.deepEqual(refs(run("أعلنت السعودية أنها ستقدم 5 مليارات دولار لمصر.", "ar"), "country"), new Set(["country:SA", "country:EG"]));
  assert.deepEqual(refs(run("قدمت الإمارات دعما للسعودية وبالأردن.", "ar"), "country"), new Set(["country:AE", "country:SA", "country:JO"]));
});

test("national statistics offices and agencies are recognised as organisations (ru, zh, en, id)", () => {
  assert.ok(refs(run("По данным Росстата, товарооборот с Китаем вырос.", "ru"), "organization").has("organization:ROSSTAT"));
  assert.ok(refs(run("国家统计局数据显示，贸易额增长。", "zh"), "organization").has("organization:NBS"));
  assert.ok(refs(run("The Korea Customs Service said exports rose.", "en"), "organization").has("organization:KCS"));
  assert.ok(refs(run("Menurut Badan Pusat Statistik, ekspor naik.", "id"), "organization").has("organization:BPS"));
});
