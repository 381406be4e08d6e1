// A Chinese official nobody listed, written in Han characters in a Chinese report and in pinyin in
// an English one, is one person; the same characters read in a Japanese report are not pinyin, and
// a different given name is a different person.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import { hanPinyinName } from "../../src/resolve/names.ts";

const bin = join(import.meta.dirname, "../../bin/attache");

test("pinyin of Han names: surname readings, compound surnames; not a name without a Chinese surname", () => {
  assert.equal(hanPinyinName("孙卫东"), "Sun Weidong");
  assert.equal(hanPinyinName("曾庆红"), "Zeng Qinghong", "曾 as a surname is Zeng");
  assert.equal(hanPinyinName("欧阳晓晖"), "Ouyang Xiaohui");
  assert.equal(hanPinyinName("表示"), null);
  assert.equal(hanPinyinName("Sun Weidong"), null);
});

test("zh and en reports of one Chinese vice minister merge; a Japanese reading and a near miss do not", () => {
  const dir = mkdtempSync(join(tmpdir(), "attache-pinyin-"));
  const docs = join(dir, "docs");
  mkdirSync(docs);
  writeFileSync(join(docs, "1-en.txt"), "HANOI, May 5 - Chinese Vice Foreign Minister Sun Weidong met Vietnamese officials in Hanoi. Ambassador Lin Gang also attended.\n");
  writeFileSync(join(docs, "2-zh.txt"), "5月5日，外交部副部长孙卫东在河内会见越南官员。副外长孙卫国也出席了会议。\n");
  writeFileSync(join(docs, "3-ja.txt"), "5月5日、林剛氏はハノイで講演した。\n");
  const db = join(dir, "t.db");
  execFileSync(bin, ["ingest", docs, "--db", db, "--quiet"]);
  const people = JSON.parse(execFileSync(bin, ["entities", "--type", "person", "--json", "--db", db], { encoding: "utf8" })) as { aliases: string[] }[];
  const sun = people.filter((p) => p.aliases.some((a) => /Sun Weidong|孙卫东/.test(a)));
  assert.equal(sun.length, 1, JSON.stringify(people.map((p) => p.aliases)));
  assert.ok(sun[0].aliases.includes("孙卫东") && sun[0].aliases.includes("Sun Weidong"));
  assert.ok(!sun[0].aliases.includes("孙卫国"), "Sun Weiguo is someone else");
  const lin = people.find((p) => p.aliases.includes("Lin Gang"));
  assert.ok(lin && !lin.aliases.includes("林剛"), "a Japanese report's kanji are not read in pinyin");
});
