// A name written with a particle or clitic glued to it (ko `한국의`, ar `ومصر`, `للسعودية`) keeps the
// bare name as well, so another report that uses another particle (or none) finds the same entity by
// spelling. Near misses: a name that merely ends or starts like a particle (`브루나이`, `لبنان`) is
// not cut, and a name written bare gets no second form.
import { test } from "node:test";
import assert from "node:assert/strict";
import { run } from "./mentions.ts";
import { openDb } from "../../../src/store/db.ts";
import { analyseInput } from "../../../src/pipeline/analyse.ts";
import { BatchWriter } from "../../../src/ingest/batch.ts";
import { listEntities } from "../../../src/store/read.ts";

const bareOf = (text: string, lang: string, ref: string) => run(text, lang).filter((m) => m.ref === ref).map((m) => m.bare ?? null);

test("Korean particles come off the bare form of a country or organisation", () => {
  assert.deepEqual(bareOf("한국의 외교부 장관은 베트남과 협력을 논의했다.", "ko", "country:KR"), ["한국"]);
  assert.deepEqual(bareOf("한국의 외교부 장관은 베트남과 협력을 논의했다.", "ko", "country:VN"), ["베트남"]);
  assert.deepEqual(bareOf("정부는 아세안과의 협력을 강조했다.", "ko", "organization:ASEAN"), ["아세안"]);
});

test("Arabic conjunction and preposition prefixes come off; ل before the article keeps the article", () => {
  assert.deepEqual(bareOf("بحث الوزير العلاقات بين الإمارات ومصر.", "ar", "country:EG"), ["مصر"]);
  assert.deepEqual(bareOf("أكد الجانبان التعاون وبالسعودية أيضا.", "ar", "country:SA"), ["السعودية"]);
  assert.deepEqual(bareOf("قدمت الحكومة دعما للسعودية في المشروع.", "ar", "country:SA"), ["السعودية"]);
});

test("near misses: a name ending or starting like a particle, or written bare, has no bare form", () => {
  assert.deepEqual(bareOf("브루나이 정부는 협력을 환영했다.", "ko", "country:BN"), [null]);
  assert.deepEqual(bareOf("زار الوزير لبنان الأسبوع الماضي.", "ar", "country:LB"), [null]);
  assert.deepEqual(bareOf("بحث الوزير العلاقات مع مصر.", "ar", "country:EG"), [null]);
});

test("the store keeps both the written and the bare form as aliases", () => {
  const db = openDb(":memory:");
  const w = new BatchWriter(db);
  w.add(analyseInput("ko.txt", new TextEncoder().encode("한국과 베트남\n\n한국의 외교부 장관은 베트남의 장관과 회담했다.")));
  w.finish();
  const kr = listEntities(db).find((e) => e.id === "country:KR");
  assert.ok(kr, "South Korea stored");
  assert.ok(kr.aliases.includes("한국") && kr.aliases.includes("한국의"), kr.aliases.join(", "));
});
