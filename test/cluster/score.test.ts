import { test } from "node:test";
import assert from "node:assert/strict";
import { judge, eventsConflict, rarity, chooseStory, type Candidate } from "../../src/cluster/score.ts";
import { documentSignals, factToken } from "../../src/cluster/signals.ts";
import type { StoryProfile } from "../../src/cluster/signals.ts";
import { summit26en, summit26nl } from "./articles.ts";

const profile = (main: StoryProfile["main"], date: string | null = null): StoryProfile => ({ main, published: { min: date, max: date }, languages: ["en"], documents: 1 });
const s26 = { type: "summit", series: "ASEAN-KR summit", ordinal: 26, date: "2025-10-27" };

test("ordinals and dates of one series decide whether two meetings can be the same", () => {
  assert.equal(eventsConflict(s26, { ...s26, ordinal: 25, date: null }), true);
  assert.equal(eventsConflict(s26, { ...s26, date: null }), false);
  assert.equal(eventsConflict({ ...s26, ordinal: null }, { ...s26, ordinal: null, date: "2025-11-20" }), true);
  assert.equal(eventsConflict(s26, { ...s26, type: "dialogue", ordinal: 28 }), false, "different series/type is not a conflict, just not a match");
});

test("rare tokens weigh more than common ones", () => {
  assert.ok(rarity(1, 1000) > rarity(50, 1000));
  assert.ok(Math.abs(rarity(1, 1000) - 1) < 1e-9);
});

test("entity overlap alone never reaches the threshold", () => {
  const c: Candidate = {
    storyId: "s", profile: profile([]),
    matches: Array.from({ length: 20 }, (_, i) => ({ token: `e:person:p${i}`, kind: "entity" as const, docWeight: 1, storyWeight: 1, df: 1 })),
  };
  const v = judge(c, profile([]), 100);
  assert.ok(v.score < v.threshold);
});

test("a shared main event clears the threshold; a conflicting one is vetoed whatever else is shared", () => {
  const shared: Candidate = { storyId: "s", profile: profile([s26]), matches: [{ token: "ev:x", kind: "event", docWeight: 6, storyWeight: 6, df: 1 }] };
  assert.ok(chooseStory([shared], profile([s26]), 10));
  const clash = { ...shared, profile: profile([{ ...s26, ordinal: 25, date: null }]) };
  assert.equal(judge(clash, profile([s26]), 10).veto !== null, true);
});

test("the same figure stated in Dutch and English yields the same token", () => {
  const en = documentSignals(summit26en()).map((s) => s.token);
  const nl = new Set(documentSignals(summit26nl()).map((s) => s.token));
  const shared = en.filter((t) => nl.has(t));
  assert.ok(shared.includes(factToken({ metric: "trade", value: 208.2e9, unit: "USD", period: "2024", status: "actual" } as never)));
  assert.ok(shared.some((t) => t.startsWith("ev:summit|ASEAN-KR summit|#26")));
});
