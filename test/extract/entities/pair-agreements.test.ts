// A trade agreement between two parties goes by a specific acronym in one report (`KTEPA`), by the
// bare kind in another (`한-태국 경제동반자협정(EPA)`, `韩泰经济伙伴关系协定（EPA）`), and brackets are
// full-width in Chinese and Japanese: kind and parties key it, so all of them are one agreement,
// and another pair's EPA is another agreement.
import { test } from "node:test";
import assert from "node:assert/strict";
import { run } from "./mentions.ts";
import type { Mention } from "../../../src/model.ts";

const agreements = (ms: Mention[]) => new Set(ms.filter((m) => m.type === "agreement").map((m) => m.ref));

test("one Korea-Thailand EPA in en, th, ko, zh and ja", () => {
  const want = "agreement:KR-TH EPA";
  const docs: [string, string][] = [
    ["Thailand and South Korea concluded the Korea-Thailand Economic Partnership Agreement (KTEPA) on Monday.", "en"],
    ["ไทยและเกาหลีใต้สรุปการเจรจาความตกลงหุ้นส่วนทางเศรษฐกิจไทย-เกาหลี (KTEPA) เมื่อวันจันทร์", "th"],
    ["한국과 태국은 3일 한-태국 경제동반자협정(EPA) 협상을 타결했다.", "ko"],
    ["11月3日，泰国与韩国完成了韩泰经济伙伴关系协定（EPA）谈判。", "zh"],
    ["タイと韓国は3日、韓国・タイ経済連携協定（EPA）の交渉を妥結した。", "ja"],
  ];
  for (const [text, lang] of docs) assert.deepEqual(agreements(run(text, lang)), new Set([want]), `${lang}: ${text}`);
});

test("near misses: another pair's EPA, a bare kind with no party, a Korean word that is no country", () => {
  assert.deepEqual(agreements(run("일본과 필리핀은 일-필리핀 경제동반자협정(EPA) 개정에 합의했다.", "ko")), new Set(["agreement:JP-PH EPA"]));
  assert.equal(agreements(run("The two sides discussed an economic partnership agreement (EPA) next year.", "en")).size, 0);
  const ko = run("한 명의 관계자는 태국 경제동반자협정(EPA)이 중요하다고 말했다.", "ko");
  assert.ok(![...agreements(ko)].some((r) => r.includes("KR")), "`한 명` (one person) is not Korea");
});
