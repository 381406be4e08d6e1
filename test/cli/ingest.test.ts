// Bad inputs through the real CLI: each is skipped with one line naming it, the rest is ingested,
// exit code 3, and what was stored before is untouched.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const bin = join(import.meta.dirname, "..", "..", "bin", "attache");
const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", timeout: 120_000 });

const GOOD_EN = "HANOI, Oct. 27 (VNA) — Vietnam and the Republic of Korea agreed on Monday to raise bilateral trade to 150 billion USD by 2030.\n\nThe two sides also signed 12 cooperation documents in Seoul. — VNA/VNS\n";
const GOOD_NL = "De premier van Vietnam ontmoette maandag de president van Korea in Seoul.\nBeide leiders spraken af de handel tussen de twee landen verder uit te breiden.\nBron: https://nieuws.example/vietnam-korea-20251027.htm\n";

test("bad inputs are skipped one line each, the rest is ingested, stored data is untouched", () => {
  const dir = mkdtempSync(join(tmpdir(), "attache-ingest-"));
  const db = join(dir, "t.db");
  const good = join(dir, "good");
  mkdirSync(good);
  writeFileSync(join(good, "en.txt"), GOOD_EN);
  writeFileSync(join(good, "nl.txt"), GOOD_NL);

  const first = run("ingest", good, "--db", db);
  assert.equal(first.status, 0, first.stderr);
  const before = run("export", "--db", db).stdout;
  const docsBefore = JSON.parse(before).documents;
  assert.equal(docsBefore.length, 2);

  const bad = join(dir, "bad");
  mkdirSync(bad);
  const files: Record<string, string | Uint8Array> = {
    "image.txt": new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
    "empty.txt": "",
    "huge.txt": "Vietnam en Korea. ".repeat(400),
    "broken.html": "<html><body><script>document.write('x')</script><style>p{}</style><div><div><div>",
    "wrong.txt": new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x42]),
    "new.txt": "Thái Lan và Campuchia nhất trí tăng cường hợp tác thương mại và đầu tư trong năm tới.\n",
  };
  for (const [name, content] of Object.entries(files)) writeFileSync(join(bad, name), content);
  const locked = join(bad, "locked.txt");
  writeFileSync(locked, GOOD_EN.replace("Monday", "Tuesday"));
  chmodSync(locked, 0o000);
  const asRoot = process.getuid?.() === 0; // root reads files whatever their mode
  const missing = join(dir, "does-not-exist.txt");

  const second = run("ingest", bad, good, missing, "--db", db, "--max-size", "4KB");
  assert.equal(second.status, 3, second.stdout + second.stderr);
  const lines = second.stderr.trim().split("\n").filter((l) => l.startsWith("skipped "));
  const expectSkipped = ["image.txt", "empty.txt", "huge.txt", "broken.html", "wrong.txt", "does-not-exist.txt", ...(asRoot ? [] : ["locked.txt"])];
  for (const name of expectSkipped) {
    const mine = lines.filter((l) => l.includes(name));
    assert.equal(mine.length, 1, `exactly one line for ${name}:\n${second.stderr}`);
  }
  assert.match(lines.find((l) => l.includes("image.txt"))!, /binary file, not text or HTML/);
  assert.match(lines.find((l) => l.includes("empty.txt"))!, /empty/);
  assert.match(lines.find((l) => l.includes("huge.txt"))!, /limit/);
  assert.match(lines.find((l) => l.includes("does-not-exist.txt"))!, /no such file/);
  assert.match(second.stdout, asRoot ? /ingested 2 new, 2 unchanged/ : /ingested 1 new, 2 unchanged/);

  const after = JSON.parse(run("export", "--db", db).stdout).documents as { id: string }[];
  for (const d of docsBefore) assert.deepEqual(after.find((a) => a.id === d.id), d, "a document stored before is unchanged");

  const again = run("ingest", good, "--db", db);
  assert.equal(again.status, 0);
  assert.match(again.stdout, /ingested 0 new, 2 unchanged, 0 skipped/);
});
