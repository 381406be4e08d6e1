import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execFileSync } from "node:child_process";

const bin = join(import.meta.dirname, "../../bin/attache");

test("entities and entity: accent-insensitive search, aliases across languages, near misses apart", () => {
  const dir = mkdtempSync(join(tmpdir(), "attache-entities-"));
  const docs = join(dir, "docs");
  execFileSync("mkdir", ["-p", docs]);
  writeFileSync(join(docs, "a.txt"), "Thủ tướng Phạm Minh Chính đã hội kiến Tổng thống Hàn Quốc Lee Jae-myung tại Hà Nội. Thủ tướng Chính đề nghị hai bên tăng cường hợp tác.\n");
  writeFileSync(join(docs, "b.txt"), "Prime Minister Pham Minh Chinh met former President Lee Myung-bak in Seoul on Monday. PM Chinh praised the Republic of Korea.\n");
  const db = join(dir, "t.db");
  execFileSync(bin, ["ingest", docs, "--db", db]);
  const people = JSON.parse(execFileSync(bin, ["entities", "--type", "person", "--json", "--db", db], { encoding: "utf8" })) as { key: string; aliases: string[] }[];
  const chinh = people.filter((p) => p.key === "pham minh chinh");
  assert.equal(chinh.length, 1);
  assert.ok(chinh[0].aliases.includes("Phạm Minh Chính") && chinh[0].aliases.includes("Pham Minh Chinh"));
  assert.ok(people.some((p) => p.key === "lee jae myeong") && people.some((p) => p.key === "lee myeong bak"), "two Lees stay apart");

  const one = JSON.parse(execFileSync(bin, ["entity", "pham minh chinh", "--json", "--db", db], { encoding: "utf8" })) as { documents: string[]; roles: string[] };
  assert.equal(one.documents.length, 2);
  assert.ok(one.roles.includes("Prime Minister"));

  const text = execFileSync(bin, ["entities", "han quoc", "--db", db], { encoding: "utf8" });
  assert.match(text, /country\s+KR/);
});
