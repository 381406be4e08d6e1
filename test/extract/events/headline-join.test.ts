// A headline naming a meeting without its number (`SCO summit opens`) reports the numbered meeting
// of the body (`the 25th SCO Summit`): one event, not two.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractEvents } from "../../../src/extract/events/index.ts";
import { context, type Spec } from "./helpers.ts";
import { analyseInput } from "../../../src/pipeline/analyse.ts";

const S: Spec[] = [
  ["Gipfel der Shanghaier Organisation", "organization:Gipfel der Shanghaier Organisation"], ["SCO", "organization:SCO", "SCO"],
  ["Tianjin", "place:Tianjin", "Tianjin"], ["Thiên Tân", "place:Tianjin", "Tianjin"], ["ASEAN", "organization:ASEAN", "ASEAN"],
  ["Japan", "country:JP", "Japan"], ["Kuala Lumpur", "place:Kuala Lumpur", "Kuala Lumpur"],
];
const rows = (lang: string, text: string) =>
  extractEvents(context(lang, text, S, { published: "2025-08-31" })).map((e) => [e.type, e.ordinal, e.date, e.place]);

test("an unnumbered headline meeting joins the numbered one of its series", () => {
  assert.deepEqual(rows("de", "SCO-Gipfel in Tianjin eröffnet\n\nDer 25. Gipfel der Shanghaier Organisation für Zusammenarbeit (SCO) ist am 31. August in Tianjin eröffnet worden."),
    [["summit", 25, "2025-08-31", "Tianjin"]]);
  assert.deepEqual(rows("vi", "Khai mạc Hội nghị Thượng đỉnh SCO tại Thiên Tân\n\nNgày 31/8, Hội nghị Thượng đỉnh SCO lần thứ 25 đã khai mạc tại Thiên Tân."),
    [["summit", 25, "2025-08-31", "Tianjin"]]);
  assert.deepEqual(rows("en", "SCO summit opens in Tianjin\n\nLeaders gathered in Tianjin on 31 August for the 25th SCO Summit."),
    [["summit", 25, "2025-08-31", "Tianjin"]]);
});

test("a meeting of the series with another country is another meeting", () => {
  assert.deepEqual(rows("en", "The 47th ASEAN Summit opened in Kuala Lumpur on 26 October. Leaders held the ASEAN-Japan Summit on 27 October.").map((r) => r.slice(0, 3)),
    [["summit", 47, "2025-10-26"], ["summit", null, "2025-10-27"]]);
});

test("ja: a headline summit is the talks its lead reports at a seat of government, the host's leader standing for the host", () => {
  const doc = analyseInput("ja.txt", new TextEncoder().encode(
    "日・ウズベキスタン首脳会談　経済協力で一致\n\n2025年12月18日 20時15分\n\n高市早苗首相は18日、首相官邸でウズベキスタンのミルジヨエフ大統領と会談した。両首脳は協力拡大で一致した。"));
  assert.deepEqual(doc.events.map((e) => [e.type, e.date, e.place, e.country, e.participants.includes("country:JP")]), [["summit", "2025-12-18", "Tokyo", "JP", true]]);
});
