// The day a report was told (`외교부가 23일 밝혔다`, `the ministry said on Friday`, `外務省が23日発表した`)
// is not the day the meeting was held: the meeting keeps the day stated for it, however far from its noun.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractEvents } from "../../../src/extract/events/index.ts";
import { context, type Spec } from "./helpers.ts";

const S: Spec[] = [
  ["조현", "person:cho hyun"], ["오타와", "place:Ottawa", "Ottawa"], ["아니타 아난드", "person:anita anand"], ["캐나다", "country:CA", "Canada"],
  ["Cho Hyun", "person:cho hyun"], ["Ottawa", "place:Ottawa", "Ottawa"], ["Anita Anand", "person:anita anand"], ["Canada", "country:CA", "Canada"],
  ["茂木", "person:motegi toshimitsu"], ["オタワ", "place:Ottawa", "Ottawa"], ["アナンド", "person:anita anand"], ["カナダ", "country:CA", "Canada"],
];
const rows = (lang: string, text: string) => extractEvents(context(lang, text, S, { published: "2026-01-23" })).map((e) => [e.type, e.date, e.place]);

test("the day a ministry told of talks is not their day", () => {
  assert.deepEqual(rows("ko", "조현 외교부 장관은 22일(현지시간) 캐나다 오타와에서 아니타 아난드 캐나다 외교장관과 만나 양국 간 핵심광물 공급망 협력 방안 등을 폭넓게 논의하는 회담을 가졌다고 외교부가 23일 밝혔다."),
    [["talks", "2026-01-22", "Ottawa"]]);
  assert.deepEqual(rows("en", "Foreign Minister Cho Hyun held talks with Canadian Foreign Minister Anita Anand in Ottawa on Thursday about critical minerals and supply chains, the ministry said on Friday."),
    [["talks", "2026-01-22", "Ottawa"]]);
  assert.deepEqual(rows("ja", "茂木外相は22日、オタワでカナダのアナンド外相と重要鉱物の供給網をめぐり幅広く意見を交わす会談を行ったと外務省が23日発表した。"),
    [["talks", "2026-01-22", "Ottawa"]]);
});
