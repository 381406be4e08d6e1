// Organisations written in other scripts key their English acronym; words that merely contain
// a short spelling do not.
import { test } from "node:test";
import assert from "node:assert/strict";
import { run, refs } from "./mentions.ts";

const orgs = (text: string, lang: string) => refs(run(text, lang), "organization");

test("ja, zh, th, ru, ar, ko: ASEAN, WTO, APEC, G20, GCC, NATO, Mercosur and agencies", () => {
  assert.ok(orgs("アセアン首脳会議とエイペックが開かれた。", "ja").has("organization:ASEAN"));
  assert.ok(orgs("アセアン首脳会議とエイペックが開かれた。", "ja").has("organization:APEC"));
  assert.ok(orgs("双方支持世贸组织改革，并欢迎海合会和非盟的作用。", "zh").has("organization:WTO"));
  assert.ok(orgs("双方支持世贸组织改革，并欢迎海合会和非盟的作用。", "zh").has("organization:GCC"));
  assert.ok(orgs("双方支持世贸组织改革，并欢迎海合会和非盟的作用。", "zh").has("organization:AU"));
  assert.ok(orgs("ผู้นำนาโตและอียูประชุมกันที่กรุงบรัสเซลส์", "th").has("organization:NATO"));
  assert.ok(orgs("ผู้นำนาโตและอียูประชุมกันที่กรุงบรัสเซลส์", "th").has("organization:EU"));
  assert.ok(orgs("Лидеры ССАГПЗ и Еврокомиссия обсудили торговлю.", "ru").has("organization:GCC"));
  assert.ok(orgs("Лидеры ССАГПЗ и Еврокомиссия обсудили торговлю.", "ru").has("organization:EC"));
  assert.ok(orgs("رحبت الآسيان ومنظمة التجارة العالمية بالاتفاق.", "ar").has("organization:ASEAN"));
  assert.ok(orgs("코트라와 일본무역진흥기구(JETRO)가 협력한다.", "ko").has("organization:KOTRA"));
  assert.ok(orgs("メルコスールと日本の経済連携", "ja").has("organization:MERCOSUR"));
});

test("near misses: a case-sensitive acronym is not an ordinary word", () => {
  assert.equal(orgs("Bapak Jokowi meninjau PDAM dan air bersih di Pam Jaya.", "id").has("organization:WFP"), false);
  assert.equal(orgs("The temple dates from 300 BCE and draws many visitors.", "en").has("organization:ECB"), false);
});
