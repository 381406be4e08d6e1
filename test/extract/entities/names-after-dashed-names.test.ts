// A name in a script without spaces can run on over a dash into the next run of text
// (`澜沧江－湄公河合作`); the rest of that run is still read for names (`…合作和东盟…`).
import { test } from "node:test";
import assert from "node:assert/strict";
import { run } from "./mentions.ts";

const refs = (text: string, lang: string) => run(text, lang).filter((m) => m.type !== "person").map((m) => m.ref);

test("a name right after a dash-joined name in the same run of Han is found (zh, ja)", () => {
  assert.deepEqual(refs("双方愿加强在澜沧江－湄公河合作和东盟框架内的协调。", "zh"), ["organization:LMC", "organization:ASEAN"]);
  assert.deepEqual(refs("双方愿加强在澜沧江-湄公河合作与东盟框架内的协调，并支持柬埔寨。", "zh"), ["organization:LMC", "organization:ASEAN", "country:KH"]);
  // Without the dash the same names were always found: the rule is the same on both sides.
  assert.deepEqual(refs("双方愿加强在澜湄合作和东盟框架内的协调。", "zh"), ["organization:LMC", "organization:ASEAN"]);
});

test("the dash-joined name itself is still one name, not its parts", () => {
  assert.deepEqual(refs("澜沧江－湄公河合作外长会在清迈举行。", "zh").filter((r) => r.startsWith("organization")), ["organization:LMC"]);
});
