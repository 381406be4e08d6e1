import { test } from "node:test";
import assert from "node:assert/strict";
import { registerFacts } from "../../src/cli/commands/facts.ts";
import { buildStore, run } from "./recon-fixture.ts";

const db = buildStore();

test("facts: human-readable values, filtered by metric and party", async () => {
  const text = await run(registerFacts, ["facts", "--party", "ASEAN", "--db", db]);
  assert.match(text, /208\.2 bn USD/);
  assert.match(text, /7\.6 bn USD/);
  assert.match(text, /5th/);
  assert.doesNotMatch(text, /150 bn USD/, "the Viet Nam–Korea target does not involve ASEAN");
  const json = JSON.parse(await run(registerFacts, ["facts", "--metric", "rank", "--json", "--db", db]));
  assert.ok(json.length > 0);
  assert.ok(json.every((f: { metric: string; consensus: unknown }) => f.metric === "rank" && f.consensus === true));
});

test("facts: an unknown party is an error, not an empty list", async () => {
  await assert.rejects(run(registerFacts, ["facts", "--party", "Atlantis", "--db", db]), /no entity called Atlantis/);
});
