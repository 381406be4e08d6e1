import { test } from "node:test";
import assert from "node:assert/strict";
import { recognizeEntities, placeCountry } from "../../../src/extract/entities/index.ts";
import type { Mention } from "../../../src/model.ts";
import { personKey } from "../../../src/resolve/names.ts";

/** The ref a person's name keys to (keys are sound-normalised, so tests name people as written). */
const person = (name: string) => `person:${personKey(name)}`;

function run(text: string, language = "en"): Mention[] {
  const ms = recognizeEntities({ text, language, sentences: [{ index: 0, start: 0, end: text.length, text }], published: null, title: null, datelinePlace: null });
  for (const m of ms) assert.equal(text.slice(m.start, m.end), m.surface);
  return ms;
}
const refs = (ms: Mention[], type: string) => new Set(ms.filter((m) => m.type === type).map((m) => m.ref));

test("en: countries by names, acronyms and demonyms; regions are not countries", () => {
  const ms = run("Vietnamese Deputy FM Nguyen Minh Hang met the RoK delegation in Seoul to discuss the Korean Peninsula, Southeast Asia, the Middle East and the South China Sea. The US and Timor-Leste sent observers; trade reached US$20 billion.");
  assert.deepEqual(refs(ms, "country"), new Set(["country:VN", "country:KR", "country:US", "country:TL"]));
  assert.ok(refs(ms, "place").has("place:Korean Peninsula"));
  assert.ok(refs(ms, "place").has("place:Middle East"));
  assert.ok(refs(ms, "person").has(person("Nguyen Minh Hang")));
});

test("en: inter-Korean is not a mention of Korea; titles give roles; short names resolve", () => {
  const ms = run("Prime Minister Anwar Ibrahim welcomed inter-Korean dialogue. Later, Anwar said the talks were useful.");
  assert.equal(refs(ms, "country").size, 0);
  const anwar = ms.filter((m) => m.type === "person");
  assert.equal(new Set(anwar.map((m) => m.ref)).size, 1);
  assert.equal(anwar[0].role, "Prime Minister");
});

test("en: acronym defined in the text keys the ref and keeps the long form", () => {
  const ms = run("They launched the Mekong-Lancang Water Resources Fund (MLWRF) and the MLWRF will open in 2026. Photo: Duong Giang/VNA");
  const fund = ms.filter((m) => m.ref === "initiative:MLWRF");
  assert.equal(fund.length, 3);
  assert.ok(fund.some((m) => m.expansion === "Mekong-Lancang Water Resources Fund"));
  assert.equal(refs(ms, "person").size, 0, "photo credits are not people");
});

test("nl: Dutch names, demonyms, titles glued to names and organisations", () => {
  const ms = run("De Zuid-Koreaanse president Yoon Suk Yeol ontving secretaris-generaalNguyen Phu Trong in Maleisië. De Verenigde Naties en de Associatie van Zuidoost-Aziatische Staten (ASEAN) steunen het Koreaanse schiereiland niet.", "nl");
  assert.deepEqual(refs(ms, "country"), new Set(["country:KR", "country:MY"]));
  assert.ok(refs(ms, "organization").has("organization:UN"));
  assert.ok(refs(ms, "organization").has("organization:ASEAN"));
  assert.ok(refs(ms, "person").has(person("Nguyen Phu Trong")));
  assert.ok(refs(ms, "person").has(person("Yoon Seok-yeol")));
});

test("vi: Vietnamese titles, Triều Tiên alone is North Korea, bán đảo is a place", () => {
  const ms = run("Thủ tướng Phạm Minh Chính hội kiến Tổng thống Hàn Quốc Lee Jae-myung tại Hà Nội. Triều Tiên không tham dự; hòa bình trên bán đảo Triều Tiên. Thủ tướng Chính nhấn mạnh vai trò của Liên Hợp Quốc.", "vi");
  assert.deepEqual(refs(ms, "country"), new Set(["country:KR", "country:KP"]));
  assert.ok(refs(ms, "place").has("place:Hanoi"));
  assert.ok(refs(ms, "organization").has("organization:UN"));
  const chinh = ms.filter((m) => m.ref === person("Pham Minh Chinh"));
  assert.equal(chinh.length, 2);
  assert.equal(chinh[0].role, "Thủ tướng");
  assert.ok(refs(ms, "person").has(person("Lee Jae-myeong")));
});

test("ko: Hangul names before titles, country names with particles", () => {
  const ms = run("이재명 대통령은 베트남과 한국의 협력을 강조했다. 유엔도 참석했다.", "ko");
  assert.ok(refs(ms, "person").has(person("Lee Jae-myeong")));
  assert.deepEqual(refs(ms, "country"), new Set(["country:VN", "country:KR"]));
  assert.ok(refs(ms, "organization").has("organization:UN"));
});

test("zh, ja, id, fr, de, es, ru: country and organisation names", () => {
  assert.ok(refs(run("越南总理范明政会见了韩国总统。", "zh"), "country").has("country:KR"));
  assert.ok(refs(run("ベトナムと韓国は国連で協力する。", "ja"), "organization").has("organization:UN"));
  assert.ok(refs(run("Presiden Prabowo Subianto bertemu Perdana Menteri Malaysia di Jakarta.", "id"), "person").has(person("Prabowo Subianto")));
  assert.ok(refs(run("Le président Emmanuel Macron a reçu le Premier ministre vietnamien aux Nations unies.", "fr"), "country").has("country:VN"));
  assert.ok(refs(run("Bundeskanzler Olaf Scholz traf die südkoreanische Delegation.", "de"), "country").has("country:KR"));
  assert.ok(refs(run("El presidente Pedro Sánchez visitó Vietnam.", "es"), "person").has(person("Pedro Sanchez")));
  assert.ok(refs(run("Президент Вьетнама встретился с делегацией Южной Кореи.", "ru"), "country").has("country:KR"));
});

test("near misses: bare capitalised words and newspapers are not people", () => {
  const ms = run("De krant Nhan Dan meldt dat Kuala Lumpur en Timor-Leste deelnamen aan de ASEAN-Korea Digital Academy.", "nl");
  assert.equal(refs(ms, "person").size, 0);
});

test("placeCountry exposes the country a place lies in", () => {
  assert.equal(placeCountry("Kuala Lumpur"), "MY");
  assert.equal(placeCountry("Hà Nội"), "VN");
  assert.equal(placeCountry("South China Sea"), null);
});
