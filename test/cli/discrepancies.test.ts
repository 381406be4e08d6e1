import { test } from "node:test";
import assert from "node:assert/strict";
import { registerDiscrepancies } from "../../src/cli/commands/discrepancies.ts";
import { buildStore, run } from "./recon-fixture.ts";

const db = buildStore();

test("discrepancies: lists the KADIF expansions with their quotes, and filters by kind", async () => {
  const all = JSON.parse(await run(registerDiscrepancies, ["discrepancies", "--json", "--db", db])) as { kind: string; description: string; evidence: { quote: string }[] }[];
  const exp = all.filter((d) => d.kind === "expansion");
  assert.equal(exp.length, 1);
  assert.match(exp[0].description, /Fund.*|Flagship|Framework/);
  assert.equal(exp[0].evidence.length, 3);
  const ranks = JSON.parse(await run(registerDiscrepancies, ["discrepancies", "--kind", "rank", "--json", "--db", db]));
  assert.equal(ranks.length, 0, "6th in 2023 and 7th in 2024 are a change, not a contradiction");
  const text = await run(registerDiscrepancies, ["discrepancies", "--kind", "expansion", "--db", db]);
  assert.match(text, /^expansion /);
});
