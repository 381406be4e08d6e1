// National investment bodies analysts track, in their acronym, their own language and Thai script
// (บีโอไอ = BOI); a regional grouping named by the list of its members is one organisation, not a
// mention of each member. Near misses: an agreement naming its parties keeps them, and a member
// country named on its own is still a country.
import { test } from "node:test";
import assert from "node:assert/strict";
import { run } from "./mentions.ts";

const refs = (text: string, lang: string) => run(text, lang).map((m) => m.ref);

test("investment boards in several scripts", () => {
  assert.ok(refs("บีโอไอ รายงานว่าการลงทุนจากญี่ปุ่นเพิ่มขึ้นในปีนี้", "th").includes("organization:BOI"));
  assert.ok(refs("สำนักงานคณะกรรมการส่งเสริมการลงทุนอนุมัติโครงการใหม่", "th").includes("organization:BOI"));
  assert.ok(refs("Kepala BKPM menyatakan investasi Korea naik.", "id").includes("organization:BKPM"));
  assert.ok(refs("MIDA approved 30 projects from China last year.", "en").includes("organization:MIDA"));
});

test("a grouping named by its members is the grouping only", () => {
  const r = refs("Leaders of the Brunei Darussalam-Indonesia-Malaysia-Philippines East ASEAN Growth Area (BIMP-EAGA) met on Monday.", "en");
  assert.ok(r.includes("organization:BIMP-EAGA"), r.join(", "));
  for (const c of ["BN", "ID", "MY", "PH"]) assert.ok(!r.includes(`country:${c}`), `${c} in ${r.join(", ")}`);
});

test("near misses: an agreement keeps its parties; a member named alone is a country", () => {
  const r = refs("The ASEAN-Korea Free Trade Agreement was upgraded.", "en");
  assert.ok(r.includes("country:KR") && r.includes("organization:ASEAN"), r.join(", "));
  const m = refs("Malaysia hosted the BIMP-EAGA meeting.", "en");
  assert.ok(m.includes("country:MY") && m.includes("organization:BIMP-EAGA"), m.join(", "));
});
