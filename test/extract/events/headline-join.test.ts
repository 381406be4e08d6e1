// A headline naming a meeting without its number (`SCO summit opens`) reports the numbered meeting
// of the body (`the 25th SCO Summit`): one event, not two.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractEvents } from "../../../src/extract/events/index.ts";
import { context, type Spec } from "./helpers.ts";

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
