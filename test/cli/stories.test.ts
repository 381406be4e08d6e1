import { test } from "node:test";
import assert from "node:assert/strict";
import { registerStories } from "../../src/cli/commands/stories.ts";
import { buildStore, run } from "./recon-fixture.ts";

const db = buildStore();

test("stories: the 26th summit story has its Dutch and English documents; other meetings stand alone", async () => {
  const json = JSON.parse(await run(registerStories, ["stories", "--json", "--db", db])) as { languages: string[]; documents: { language: string; published: string }[] }[];
  const summit = json.find((s) => s.documents.some((d) => d.language === "en" && d.published === "2025-10-27"));
  assert.ok(summit);
  assert.deepEqual(summit.languages, ["en", "nl"]);
  assert.ok(json.length >= 4);
  const text = await run(registerStories, ["stories", "--db", db]);
  assert.match(text, /\[en, nl\]/);
});
