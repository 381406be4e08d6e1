// Where and when a meeting is held, read from the sentence around it: a day and a city opening the
// sentence (`Chiều 10/3, tại Hà Nội, …`) set the scene for a meeting told after a visit noun of the same
// sentence, ahead of the visit's range; and before the noun, a city marked as where or where to
// (`tới Phnôm Pênh để đồng chủ trì`) is the venue, not one the sentence passes (`Sau Hà Nội`).
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractEvents } from "../../../src/extract/events/index.ts";
import { context, type Spec } from "./helpers.ts";

const S: Spec[] = [
  ["Hà Nội", "place:Hanoi", "Hanoi"], ["Phnôm Pênh", "place:Phnom Penh", "Phnom Penh"], ["Việt Nam", "country:VN", "Viet Nam"],
  ["Campuchia", "country:KH", "Cambodia"], ["Lào", "country:LA", "Laos"], ["Prak Sokhonn", "person:prak sokhonn"],
];
const rows = (text: string) => extractEvents(context("vi", text, S, { published: "2026-03-10" })).map((e) => [e.type, e.ordinal, e.date, e.place, e.country]);

test("a day and a city opening the sentence date and place a meeting told after a visit", () => {
  assert.deepEqual(rows("Chiều 10/3, tại Hà Nội, nhân chuyến thăm chính thức Việt Nam từ ngày 9 đến 11/3 của Phó Thủ tướng Prak Sokhonn, hai Bộ trưởng đồng chủ trì Kỳ họp lần thứ 11 Ủy ban hỗn hợp Việt Nam - Campuchia."),
    [["official_visit", null, "2026-03-09", "Hanoi", "VN"], ["ministerial", 11, "2026-03-10", "Hanoi", "VN"]]);
});

test("the city a meeting's chair goes to is its venue, not the one left behind", () => {
  const r = rows("Ngày 10/3, hai Bộ trưởng đồng chủ trì Kỳ họp lần thứ 11 Ủy ban hỗn hợp Việt Nam - Campuchia tại Hà Nội. Sau Hà Nội, Bộ trưởng Prak Sokhonn sẽ tới Phnôm Pênh để đồng chủ trì kỳ họp Ủy ban hỗn hợp Campuchia - Lào.");
  assert.deepEqual(r.find((x) => x[1] === null && x[0] === "ministerial")?.slice(3), ["Phnom Penh", "KH"]);
});

test("a meeting named by the headline only is held at the city its lead marks as where", () => {
  const text = "Kỳ họp lần thứ 11 Ủy ban hỗn hợp Việt Nam - Campuchia\n\nChiều 10/3, tại Hà Nội, hai Bộ trưởng đồng chủ trì Kỳ họp lần thứ 11.\n\nPhó Thủ tướng Prak Sokhonn thăm chính thức Việt Nam từ ngày 9 đến 11/3.";
  const evs = extractEvents(context("vi", text, S, { published: "2026-03-10", title: "Kỳ họp lần thứ 11 Ủy ban hỗn hợp Việt Nam - Campuchia" }));
  assert.deepEqual(evs.map((e) => [e.type, e.ordinal, e.date, e.place, e.country])[0], ["ministerial", 11, "2026-03-10", "Hanoi", "VN"]);
});
