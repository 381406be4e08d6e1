// One meeting reported in two languages, numbered in one report and not in the other, is one event,
// whichever report is stored first; two numbered meetings of a series in one year stay apart.
import { test } from "node:test";
import assert from "node:assert/strict";
import { listEvents } from "../../src/store/read.ts";
import { storeOfTexts } from "../store-batches.ts";

const EN = `Leaders meet at 28th ASEAN-Japan Summit

KUALA LUMPUR, October 27, 2025 (Bernama) - Leaders attended the 28th ASEAN-Japan Summit in Kuala Lumpur on Monday, pledging closer cooperation on supply chains.
`;
const VI = `Thủ tướng dự Hội nghị Cấp cao ASEAN-Nhật Bản

Thứ Hai, 27/10/2025 18:00 (GMT+7)

Chiều 27/10, tại Kuala Lumpur, Thủ tướng Phạm Minh Chính dự Hội nghị Cấp cao ASEAN-Nhật Bản.
`;

function ingest(docs: [string, string][]) {
  return listEvents(storeOfTexts(docs)).filter((e) => e.type === "summit");
}

test("numbered and unnumbered reports of one summit are one event, in either order", () => {
  for (const order of [[["en.txt", EN], ["vi.txt", VI]], [["vi.txt", VI], ["en.txt", EN]]] as [string, string][][]) {
    const evs = ingest(order);
    assert.equal(evs.length, 1, JSON.stringify(evs.map((e) => e.name)));
    assert.equal(evs[0]!.ordinal, 28);
    assert.equal(evs[0]!.date, "2025-10-27");
  }
});

test("an unnumbered report does not join when two numbered meetings of the series fit its year", () => {
  const other = EN.replace(/28th/g, "27th").replace("October 27", "May 26").replace("on Monday", "on May 26");
  // Without a date of its own the Vietnamese report has only its publication year: both fit.
  const evs = ingest([["en.txt", EN], ["en2.txt", other], ["vi.txt", VI.replace("Chiều 27/10, tại", "Tại")]]);
  assert.equal(evs.filter((e) => e.ordinal == null).length, 1);
  assert.equal(evs.filter((e) => e.ordinal != null).length, 2);
});

// Another story that names the same meeting further down, with a place of its own (wrong, or
// a stop on someone's tour): the report's place and date hold, whichever is stored first.
const MENTION = `Japan and Viet Nam sign rail financing deal

HANOI, October 20, 2025 - The foreign ministers of Japan and Viet Nam held talks in Hanoi on Monday and signed a rail financing agreement.

Officials from both sides said work on the line would start next year.

The Japanese minister travels on from Hanoi; the 28th ASEAN-Japan Summit will be held in Bangkok next week.
`;

test("a meeting's report outranks another story's passing mention of it for place and date", () => {
  for (const order of [[["m.txt", MENTION], ["en.txt", EN]], [["en.txt", EN], ["m.txt", MENTION]]] as [string, string][][]) {
    const evs = ingest(order).filter((e) => e.ordinal === 28);
    assert.equal(evs.length, 1, JSON.stringify(evs.map((e) => [e.name, e.place])));
    assert.deepEqual([evs[0]!.date, evs[0]!.place, evs[0]!.country], ["2025-10-27", "Kuala Lumpur", "MY"], order[0]![0]);
  }
});
