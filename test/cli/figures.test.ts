import { test } from "node:test";
import assert from "node:assert/strict";
import { registerFigures } from "../../src/cli/commands/figures.ts";
import { buildStore, run } from "./recon-fixture.ts";

const db = buildStore();

test("figures: trade between ASEAN and KR by period, parties in either order, with every source", async () => {
  for (const parties of [["ASEAN", "KR"], ["KR", "ASEAN"], ["ASEAN", "Hàn Quốc"]]) {
    const json = JSON.parse(await run(registerFigures, ["figures", "--metric", "trade", ...parties.flatMap((p) => ["--party", p]), "--json", "--db", db]));
    assert.equal(json.length, 1);
    const points = json[0].points as { status: string; period: string; values: { value: number; sources: { language: string; statedTo: string }[] }[] }[];
    assert.deepEqual(points.map((p) => p.period), ["2023", "2024"]);
    assert.equal(points[1].values[0].value, 208.2e9);
    assert.deepEqual(points[1].values[0].sources.map((s) => s.language).sort(), ["en", "nl"]);
    assert.match(points[1].values[0].sources[0].statedTo, /100 m USD/);
  }
});

test("figures: investment is directional, so the reversed pair finds nothing", async () => {
  const fwd = JSON.parse(await run(registerFigures, ["figures", "--metric", "investment", "--party", "KR", "--party", "ASEAN", "--json", "--db", db]));
  assert.deepEqual(fwd[0].points.map((p: { period: string }) => p.period), ["2023", "2024"]);
  const back = JSON.parse(await run(registerFigures, ["figures", "--metric", "investment", "--party", "ASEAN", "--party", "KR", "--json", "--db", db]));
  assert.equal(back.length, 0);
});

test("figures: CSV has one row per source with its surface and quote; text lists targets separately", async () => {
  const csv = await run(registerFigures, ["figures", "--metric", "trade", "--party", "VN", "--party", "KR", "--csv", "--db", db]);
  const lines = csv.trim().split("\n");
  assert.match(lines[0], /^metric,parties,status,period,value/);
  assert.equal(lines.length, 2);
  assert.match(lines[1], /target,2030,150000000000,USD/);
  const text = await run(registerFigures, ["figures", "--metric", "trade", "--party", "VN", "--party", "KR", "--db", db]);
  assert.match(text, /targets\n\s+2030\s+150 bn USD/);
});
