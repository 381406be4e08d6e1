// The JSON API through app.request(): every route with good and bad input, on an empty store
// and on the seeds plus a hand-made fixture with known entities, figures and events.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDb } from "../../src/store/db.ts";
import { createApp } from "../../src/serve/app.ts";
import { documentLabel } from "../../src/serve/queries.ts";
import { buildTestStore, FIXTURE, type TestStore } from "./fixture.ts";

type Json = Record<string, any>; // eslint-disable-line -- test bodies are inspected field by field

const LIST_ROUTES = ["/api/documents", "/api/entities", "/api/facts", "/api/figures", "/api/events", "/api/stories", "/api/discrepancies", "/api/search", "/api/stats", "/api/info", "/api/openapi.json"];

let store: TestStore;
let webRoot: string;
let app: ReturnType<typeof createApp>;

async function get(path: string, a = app): Promise<{ status: number; body: Json; headers: Headers }> {
  const res = await a.request(path);
  const text = await res.text();
  let body: Json;
  try { body = JSON.parse(text) as Json; } catch { body = { text }; }
  return { status: res.status, body, headers: res.headers };
}

function assertCleanError(body: Json, status: number, got: number): void {
  assert.equal(got, status);
  assert.equal(typeof body.error, "string");
  assert.equal(typeof body.message, "string");
  assert.doesNotMatch(JSON.stringify(body), /\bat .*\.(ts|js):\d+|node_modules|SqliteError|stack/i, "no internals in error bodies");
}

before(async () => {
  store = await buildTestStore();
  webRoot = mkdtempSync(join(tmpdir(), "attache-web-"));
  mkdirSync(join(webRoot, "web"));
  writeFileSync(join(webRoot, "web", "index.html"), "<!doctype html><title>Attaché</title>");
  writeFileSync(join(webRoot, "web", "app.js"), "console.log('app')");
  writeFileSync(join(webRoot, "secret.txt"), "SECRET");
  app = createApp(store.db, { webRoot: join(webRoot, "web") });
});
after(() => { store.cleanup(); rmSync(webRoot, { recursive: true, force: true }); });

describe("routes without path parameters", () => {
  test("answer 200 with no query on an empty store", async () => {
    const empty = createApp(openDb(":memory:"));
    for (const path of LIST_ROUTES) {
      const { status, body } = await get(path, empty);
      assert.equal(status, 200, `${path} → ${status} ${JSON.stringify(body)}`);
      if ("items" in body) { assert.deepEqual(body.items, []); assert.equal(body.total, 0); }
    }
  });

  test("answer 200 with no query on the sample store, paginated with limit 50 by default", async () => {
    for (const path of LIST_ROUTES) {
      const { status, body } = await get(path);
      assert.equal(status, 200, path);
      if ("items" in body) { assert.equal(body.limit, 50); assert.equal(body.offset, 0); assert.ok(body.total >= body.items.length); }
    }
  });
});

describe("validation", () => {
  const bad: [string, RegExp][] = [
    ["/api/documents?limit=-1", /limit/], ["/api/documents?limit=501", /limit/], ["/api/documents?limit=abc", /limit/],
    ["/api/documents?offset=-5", /offset/], ["/api/documents?from=notadate", /from/], ["/api/events?to=2024-13-01", /to/],
    ["/api/facts?metric=unknown", /metric/], ["/api/figures?metric=gdp", /metric/], ["/api/facts?status=maybe", /status/],
    ["/api/entities?type=dragon", /type/], ["/api/events?type=party", /type/], ["/api/stories?from=yesterday", /from/],
    ["/api/documents?language=English", /language/], ["/api/search?q=" + "x".repeat(300), /q/], ["/api/discrepancies?limit=0", /limit/],
  ];
  for (const [path, field] of bad) {
    test(`${path.slice(0, 60)} → 400 with a clear message`, async () => {
      const { status, body } = await get(path);
      assertCleanError(body, 400, status);
      assert.match(body.message, field);
      assert.ok(Array.isArray(body.issues));
    });
  }

  test("unknown ids → 404 JSON on every item route", async () => {
    for (const kind of ["documents", "entities", "facts", "events", "stories", "discrepancies"]) {
      const { status, body } = await get(`/api/${kind}/${encodeURIComponent("no such: thing")}`);
      assertCleanError(body, 404, status);
      assert.match(body.message, /no such: thing/);
    }
    const { status } = await get("/api/nothing-here");
    assert.equal(status, 404);
  });

  test("an unexpected failure is a 500 without internals, and is logged", async () => {
    const db = openDb(":memory:");
    const logged: unknown[] = [];
    const broken = createApp(db, { logError: (e) => logged.push(e) });
    db.close();
    const { status, body } = await get("/api/stats", broken);
    assertCleanError(body, 500, status);
    assert.equal(logged.length, 1);
  });
});

describe("documents", () => {
  test("filter by language, entity and dates; pagination", async () => {
    const vi = await get("/api/documents?language=vi");
    assert.ok(vi.body.items.some((d: Json) => d.id === FIXTURE.docVi));
    assert.ok(vi.body.items.every((d: Json) => d.language === "vi"));
    const byEntity = await get(`/api/documents?entity=${encodeURIComponent(FIXTURE.kadif)}`);
    assert.deepEqual(byEntity.body.items.map((d: Json) => d.id), [FIXTURE.docEn]);
    const dated = await get("/api/documents?from=2031-08-01&to=2031-08-31");
    assert.deepEqual(dated.body.items.map((d: Json) => d.id).sort(), [FIXTURE.docEn, FIXTURE.docVi].sort());
    const one = await get("/api/documents?limit=1&offset=1");
    assert.equal(one.body.items.length, 1);
    assert.ok(one.body.total >= 7);
    const all = await get("/api/documents?limit=500");
    assert.equal(all.body.items[1].id, one.body.items[0].id);
  });

  test("a document carries highlights whose offsets cut exactly their text, and its story's other documents", async () => {
    const { status, body } = await get(`/api/documents/${FIXTURE.docEn}`);
    assert.equal(status, 200);
    const text: string = body.document.text;
    const entity = body.highlights.find((h: Json) => h.kind === "entity" && h.id === FIXTURE.kadif);
    assert.equal(text.slice(entity.start, entity.end), "ZORBLAX");
    const fact = body.highlights.find((h: Json) => h.kind === "fact");
    assert.equal(text.slice(fact.start, fact.end), "US$86.4 billion");
    const event = body.highlights.find((h: Json) => h.kind === "event");
    assert.match(text.slice(event.start, event.end), /^Prime Minister Phạm Văn Thử met/);
    for (const s of body.sentences) assert.ok(s.start <= s.end && s.end <= text.length);
    assert.deepEqual(body.story.documents.map((d: Json) => d.id), [FIXTURE.docVi]);
    assert.equal(body.facts[0].sources[0].quote, "Two-way trade between Syldavia and the Republic of Ruritania reached US$86.4 billion in 2024.");
  });
});

describe("entities", () => {
  test("ids with ':' and spaces round-trip through URL encoding", async () => {
    const { status, body } = await get(`/api/entities/${encodeURIComponent(FIXTURE.pm)}`);
    assert.equal(status, 200);
    assert.equal(body.entity.id, FIXTURE.pm);
    assert.equal(body.events.length, 1);
    assert.deepEqual(body.documents.map((d: Json) => d.id).sort(), [FIXTURE.docEn, FIXTURE.docVi].sort());
  });

  test("an entity lists aliases in every language, facts and documents", async () => {
    const { body } = await get(`/api/entities/${encodeURIComponent(FIXTURE.korea)}`);
    const aliases = body.aliases.map((a: Json) => a.alias);
    assert.ok(aliases.includes("Cộng hòa Ruritani") && aliases.includes("Republic of Ruritania"));
    assert.equal(body.facts.length, 2);
    assert.ok(Array.isArray(body.roles));
  });

  test("list filters by type", async () => {
    const { body } = await get("/api/entities?type=country");
    assert.ok(body.items.length >= 2);
    assert.ok(body.items.every((e: Json) => e.type === "country"));
  });
});

describe("facts and figures", () => {
  test("facts filter by metric, entity, language and period", async () => {
    assert.equal((await get(`/api/facts?metric=trade&entity=${encodeURIComponent(FIXTURE.korea)}`)).body.total, 2);
    assert.equal((await get(`/api/facts?metric=aid&entity=${encodeURIComponent(FIXTURE.korea)}`)).body.total, 0);
    const vi = await get(`/api/facts?language=vi&entity=${encodeURIComponent(FIXTURE.vietnam)}`);
    assert.deepEqual(vi.body.items.map((f: Json) => f.value), [87e9]);
    assert.equal((await get(`/api/facts?entity=${encodeURIComponent(FIXTURE.vietnam)}&from=2025`)).body.total, 0);
    const f = vi.body.items[0];
    const one = await get(`/api/facts/${encodeURIComponent(f.id)}`);
    assert.equal(one.status, 200);
    assert.equal(one.body.sources[0].document, FIXTURE.docVi);
  });

  test("a source is labelled by its headline, or by its opening words when it has none", async () => {
    const vi = await get(`/api/facts?language=vi&entity=${encodeURIComponent(FIXTURE.vietnam)}`);
    assert.equal(vi.body.items[0].sources[0].label, "Thủ tướng hội đàm với Ruritani");
    assert.equal(documentLabel(null, "\n\n  Kim ngạch thương mại   đạt 87 tỷ USD.\nDòng hai"), "Kim ngạch thương mại đạt 87 tỷ USD.");
    const long = documentLabel(null, "word ".repeat(40));
    assert.equal(long.length, 80);
    assert.ok(long.endsWith("…"));
  });

  test("figures group a metric's values for the chosen parties into a series with conflicts marked and sources", async () => {
    const { body } = await get(`/api/figures?metric=trade&parties=${encodeURIComponent(`${FIXTURE.korea},${FIXTURE.vietnam}`)}`);
    const series = body.items.find((s: Json) => s.points.some((p: Json) => p.sources.some((x: Json) => x.document === FIXTURE.docEn)));
    assert.ok(series, "the fixture's trade series");
    assert.equal(series.metric, "trade");
    assert.equal(series.status, "actual");
    const values = series.points.filter((p: Json) => p.period === "2024").map((p: Json) => p.value).sort();
    assert.deepEqual(values, [86.4e9, 87e9]);
    assert.ok(series.points.every((p: Json) => p.x === 2024 && p.sources[0].sentence === 1));
    // 86.4 vs 87 billion are two different statements of one figure: reconciliation marks them.
    assert.ok(series.points.every((p: Json) => p.conflict === (p.consensus !== true)));
    const none = await get(`/api/figures?parties=${encodeURIComponent("country:ZZ")}`);
    assert.equal(none.body.total, 0);
  });
});

describe("events, stories, discrepancies", () => {
  test("timeline filters by entity and date", async () => {
    const { body } = await get(`/api/events?entity=${encodeURIComponent(FIXTURE.pm)}`);
    assert.equal(body.items.length, 1);
    assert.equal(body.items[0].date, "2031-08-11");
    assert.equal((await get(`/api/events?entity=${encodeURIComponent(FIXTURE.pm)}&to=2031-08-10`)).body.total, 0);
    const one = await get(`/api/events/${body.items[0].id}`);
    assert.equal(one.body.participants.find((p: Json) => p.id === FIXTURE.korea).name, "Ruritania");
  });

  test("stories list and detail", async () => {
    const { body } = await get("/api/stories");
    const mine = body.items.find((s: Json) => s.documents === 2 && s.languages.includes("vi") && s.languages.includes("en"));
    assert.ok(mine, "the fixture pair is one story in two languages");
    assert.equal(body.items[0].documents >= 2, true, "largest first");
    const detail = await get(`/api/stories/${encodeURIComponent(mine.id)}`);
    assert.equal(detail.body.documents.length, 2);
    assert.equal(detail.body.events.length, 1);
  });

  test("discrepancies list and detail", async () => {
    const { body } = await get("/api/discrepancies");
    for (const d of body.items) {
      const one = await get(`/api/discrepancies/${encodeURIComponent(d.id)}`);
      assert.equal(one.body.id, d.id);
    }
  });
});

describe("search", () => {
  test("accent- and case-insensitive: `pham van thu` finds Phạm Văn Thử, his documents and events", async () => {
    const { body } = await get("/api/search?q=pham%20van%20thu");
    assert.ok(body.entities.some((e: Json) => e.id === FIXTURE.pm));
    assert.ok(body.documents.some((d: Json) => d.id === FIXTURE.docEn));
    assert.ok(body.documents.some((d: Json) => d.id === FIXTURE.docVi));
    assert.ok(body.events.some((e: Json) => e.name.includes("Phạm Văn Thử")));
  });

  test("language-insensitive: the Vietnamese name finds the entity and the English document about it", async () => {
    const { body } = await get(`/api/search?q=${encodeURIComponent("CỘNG hòa ruritani")}`);
    assert.ok(body.entities.some((e: Json) => e.id === FIXTURE.korea));
    assert.ok(body.documents.some((d: Json) => d.id === FIXTURE.docEn && d.language === "en"));
    assert.equal(body.facts.filter((f: Json) => f.parties.some((p: Json) => p.id === FIXTURE.korea)).length, 2);
  });

  test("acronyms: `zorblax` finds the initiative and the sentence", async () => {
    const { body } = await get("/api/search?q=zorblax");
    assert.ok(body.entities.some((e: Json) => e.id === FIXTURE.kadif));
    const doc = body.documents.find((d: Json) => d.id === FIXTURE.docEn);
    assert.equal(doc.snippet, "The ZORBLAX programme was launched.");
    assert.equal(doc.sentence, 2);
  });

  test("on the seed articles: `pham minh chinh`, `Hàn Quốc` and `KADIF` each find the articles that name them", async () => {
    for (const [q, written] of [["pham minh chinh", /Phạm Minh Chính/], ["Hàn Quốc", /Hàn Quốc/], ["KADIF", /KADIF/]] as const) {
      const { body } = await get(`/api/search?q=${encodeURIComponent(q)}`);
      const seedDocs = body.documents.filter((d: Json) => !d.id.startsWith("doc_fixture"));
      assert.ok(seedDocs.some((d: Json) => written.test(d.snippet)), `${q}: ${JSON.stringify(seedDocs.map((d: Json) => d.snippet))}`);
    }
  });

  test("an empty query returns nothing, not everything", async () => {
    const { body } = await get("/api/search?q=%20");
    assert.deepEqual([body.entities.length, body.documents.length], [0, 0]);
  });
});

describe("stats and OpenAPI", () => {
  test("stats count the store for the dashboard", async () => {
    const { body } = await get("/api/stats");
    assert.ok(body.documents >= 7);
    assert.ok(body.byLanguage.some((l: Json) => l.language === "vi"));
    assert.ok(body.byMonth.some((m: Json) => m.month === "2031-08"));
    assert.equal(body.latestEvents[0].date, "2031-08-11", "newest first");
  });

  test("openapi.json describes every route from the same schemas", async () => {
    const { body } = await get("/api/openapi.json");
    assert.equal(body.openapi, "3.1.0");
    for (const p of ["/api/documents", "/api/documents/{id}", "/api/entities/{id}", "/api/facts", "/api/figures", "/api/events", "/api/stories/{id}", "/api/discrepancies", "/api/search", "/api/stats", "/api/ingest"]) {
      assert.ok(body.paths[p], `missing ${p}`);
    }
    const limit = body.paths["/api/documents"].get.parameters.find((p: Json) => p.name === "limit");
    assert.equal(limit.schema.maximum, 500);
  });
});

describe("static files and safety", () => {
  test("the UI is served with a Content-Security-Policy", async () => {
    const res = await app.request("/");
    assert.equal(res.status, 200);
    assert.match(res.headers.get("content-type") ?? "", /text\/html/);
    assert.match(res.headers.get("content-security-policy") ?? "", /script-src 'self'/);
    assert.equal(res.headers.get("x-content-type-options"), "nosniff");
    assert.equal((await app.request("/app.js")).status, 200);
    assert.match((await app.request("/api/stats")).headers.get("content-security-policy") ?? "", /default-src 'self'/);
  });

  for (const path of ["/../secret.txt", "/%2e%2e/secret.txt", "/..%2fsecret.txt", "/%2e%2e%2fsecret.txt", "/..%5csecret.txt", "/%252e%252e/secret.txt", "/./../secret.txt", "/../package.json", "/%2e%2e/%2e%2e/package.json", "/.hidden", "/app.js%00.html", "/%ZZ"]) {
    test(`no path traversal: ${path}`, async () => {
      const res = await app.request(path);
      assert.equal(res.status, 404);
      assert.doesNotMatch(await res.text(), /SECRET|"name": "attache"/);
    });
  }

  test("the server stays up under a burst of malformed requests", async () => {
    const junk = ["/api/documents?limit=-1", "/api/facts?metric=%00", "/api/search?q=%E0%A4%A", "/api/entities/%ZZ", "/%2e%2e%2f%2e%2e%2fetc/passwd", "/api/events?from=9999-99-99"];
    const results = await Promise.all(Array.from({ length: 120 }, (_, i) => app.request(junk[i % junk.length])));
    assert.ok(results.every((r) => r.status < 500), results.map((r) => r.status).join(","));
    assert.ok(results.filter((r) => r.status >= 400).length >= 80, "the malformed ones are refused");
    const post = await app.request("/api/ingest", { method: "POST", headers: { "content-type": "application/json" }, body: "{nope" });
    assert.equal(post.status, 403);
    assert.equal((await get("/api/stats")).status, 200);
  });
});
