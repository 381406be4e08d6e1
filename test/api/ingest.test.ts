// POST /api/ingest: off by default, token-gated when on, size-limited, and transactional.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { openDb, type Db } from "../../src/store/db.ts";
import { createApp } from "../../src/serve/app.ts";
import { initLanguageDetection } from "../../src/detect/language.ts";

const TOKEN = "test-token-123";
let db: Db;
let app: ReturnType<typeof createApp>;

before(async () => {
  await initLanguageDetection();
  db = openDb(":memory:");
  app = createApp(db, { allowIngest: true, token: TOKEN, maxUploadBytes: 64 * 1024 });
});
after(() => db.close());

const json = (body: string, token?: string) => ({
  method: "POST", body,
  headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
});
const docCount = () => (db.prepare("SELECT COUNT(*) AS n FROM documents").get() as { n: number }).n;

test("off unless the server allows it: 403 even with a token", async () => {
  const closed = createApp(openDb(":memory:"));
  const res = await closed.request("/api/ingest", json(JSON.stringify({ text: "hello" }), TOKEN));
  assert.equal(res.status, 403);
  assert.match((await res.json() as { message: string }).message, /--allow-ingest/);
  const info = await (await closed.request("/api/info")).json() as { ingest: boolean };
  assert.equal(info.ingest, false);
});

test("without the token, or with a wrong one: 403 and nothing stored", async () => {
  for (const token of [undefined, "wrong", `${TOKEN}x`]) {
    const res = await app.request("/api/ingest", json(JSON.stringify({ text: "The ministers met in Hanoi." }), token));
    assert.equal(res.status, 403);
  }
  assert.equal(docCount(), 0);
});

test("bad JSON and empty text: 400 with a message", async () => {
  const bad = await app.request("/api/ingest", json("{not json", TOKEN));
  assert.equal(bad.status, 400);
  assert.equal((await bad.json() as { error: string }).error, "bad_request");
  const empty = await app.request("/api/ingest", json(JSON.stringify({ text: "" }), TOKEN));
  assert.equal(empty.status, 400);
  const wrongType = await app.request("/api/ingest", json(JSON.stringify({ text: 42 }), TOKEN));
  assert.equal(wrongType.status, 400);
  assert.equal(docCount(), 0);
});

test("pasted text with the bearer token is stored and readable through the API", async () => {
  const res = await app.request("/api/ingest", json(JSON.stringify({ text: "The two foreign ministers met in Hanoi on Monday.", name: "note.txt" }), TOKEN));
  assert.equal(res.status, 200);
  const report = await res.json() as { added: { id: string; source: string }[] };
  assert.equal(report.added.length, 1);
  assert.match(report.added[0].source, /^paste\/.+\/note\.txt$/);
  const doc = await (await app.request(`/api/documents/${report.added[0].id}`)).json() as { document: { text: string } };
  assert.match(doc.document.text, /foreign ministers met in Hanoi/);
  const again = await (await app.request("/api/ingest", json(JSON.stringify({ text: "The two foreign ministers met in Hanoi on Monday.", name: "note.txt" }), TOKEN))).json() as { unchanged: unknown[] };
  assert.equal(again.unchanged.length, 1);
});

test("uploaded files with the token as a form field; file names cannot act as paths", async () => {
  const form = new FormData();
  form.set("token", TOKEN);
  form.append("files", new File(["Delegations from ASEAN met in Jakarta on Friday."], "../../etc/evil.txt", { type: "text/plain" }));
  form.append("files", new File(["<html><body><p>The summit opened in Seoul.</p></body></html>"], "page.html", { type: "text/html" }));
  const res = await app.request("/api/ingest", { method: "POST", body: form });
  assert.equal(res.status, 200);
  const report = await res.json() as { added: { source: string }[] };
  assert.equal(report.added.length, 2);
  assert.ok(report.added.every((a) => !a.source.includes("..")));
  assert.ok(report.added.some((a) => a.source.endsWith("/evil.txt")));

  const noToken = new FormData();
  noToken.append("files", new File(["x"], "a.txt"));
  assert.equal((await app.request("/api/ingest", { method: "POST", body: noToken })).status, 403);
});

test("requests over the size limit: 413", async () => {
  const before = docCount();
  const res = await app.request("/api/ingest", json(JSON.stringify({ text: "a".repeat(100 * 1024) }), TOKEN));
  assert.equal(res.status, 413);
  assert.equal(docCount(), before);
});
