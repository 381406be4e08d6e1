// The web UI in a real browser: every page loads on the sample store, a figure leads to the
// sentence it was read from, search ignores accents, and hostile articles stay inert text.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { openPage, screenshot, startHarness, TOKEN, type Harness } from "./harness.ts";
import { FIXTURE } from "../api/fixture.ts";

let h: Harness;
before(async () => { h = await startHarness(); });
after(async () => { await h?.close(); });

const url = (hash: string) => `${h.server.url}${hash}`;

describe("pages", () => {
  const pages: [string, string, string][] = [
    ["dashboard", "#/", "Overview"],
    ["timeline", "#/timeline", "Timeline"],
    ["timeline-entity", `#/timeline?entity=${encodeURIComponent(FIXTURE.pm)}`, "Timeline"],
    ["entities", "#/entities", "Entities"],
    ["entity", `#/entity/${encodeURIComponent(FIXTURE.korea)}`, "Ruritania"],
    ["figures", "#/figures?metric=trade", "Figures"],
    ["reader", `#/doc/${FIXTURE.docEn}`, "Prime Minister meets Ruritanian leaders"],
    ["stories", "#/stories", "Stories"],
    ["documents", "#/documents", "Documents"],
    ["discrepancies", "#/discrepancies", "Discrepancies"],
    ["search", "#/search?q=KADIF", "Search"],
    ["ingest", "#/ingest", "Add articles"],
  ];
  for (const [name, hash, heading] of pages) {
    test(`${name} loads and renders`, async () => {
      const { page, errors, dialogs } = await openPage(h);
      await page.goto(url(hash));
      await page.locator("main h1", { hasText: heading }).first().waitFor({ timeout: 10_000 });
      await page.waitForFunction(() => !document.querySelector("main")?.textContent?.includes("Loading…"), null, { timeout: 10_000 });
      assert.equal(await page.locator("main .error").count(), 0, `error shown on ${name}: ${await page.locator("main .error").allTextContents()}`);
      const colours = await screenshot(h, page, name);
      assert.ok(colours > 8, `screenshot of ${name} looks blank (${colours} colours)`);
      assert.deepEqual(errors, []);
      assert.deepEqual(dialogs, []);
      await page.close();
    });
  }

  test("the dashboard draws its charts and the figures page its series", async () => {
    const { page } = await openPage(h);
    await page.goto(url("#/"));
    await page.locator(".chart canvas").first().waitFor();
    assert.ok(await page.locator(".chart canvas").count() >= 2);
    await page.goto(url(`#/figures?metric=trade&parties=${encodeURIComponent(`${FIXTURE.korea},${FIXTURE.vietnam}`)}`));
    await page.locator(".figures .chart canvas").waitFor();
    assert.ok(await page.locator(".figures-table tbody tr").count() >= 2);
    await page.close();
  });
});

describe("from a figure to its source sentence", () => {
  test("a figure's source link opens the reader scrolled to and highlighting the exact sentence", async (t) => {
    const facts = h.store.db.prepare("SELECT COUNT(*) AS n FROM facts").get() as { n: number };
    if (facts.n === 0) { t.skip("no facts in the store yet: nothing to click through"); return; }
    const { page } = await openPage(h);
    await page.goto(url(`#/figures?metric=trade&parties=${encodeURIComponent(`${FIXTURE.korea},${FIXTURE.vietnam}`)}`));
    const row = page.locator(".figures-table tbody tr", { hasText: "86.4" }).first();
    await row.waitFor();
    await row.locator("a.source-link").first().click();
    const target = page.locator(".doc-text .sentence.target");
    await target.waitFor({ timeout: 10_000 });
    assert.equal(await target.textContent(), "Two-way trade between Syldavia and the Republic of Ruritania reached US$86.4 billion in 2024.");
    const focused = page.locator(".doc-text .hl-fact.focus");
    assert.equal(await focused.textContent(), "US$86.4 billion");
    const inView = await target.evaluate((el) => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; });
    assert.ok(inView, "the sentence is scrolled into view");
    await screenshot(h, page, "figure-source-sentence");
    await page.close();
  });

  test("clicking a point on the chart opens its source", async () => {
    const { page } = await openPage(h);
    await page.goto(url(`#/figures?metric=trade&parties=${encodeURIComponent(`${FIXTURE.korea},${FIXTURE.vietnam}`)}`));
    const over = page.locator(".figures .u-over");
    await over.waitFor();
    const box = (await over.boundingBox())!;
    // A single year: uPlot draws the points at the horizontal centre; scan down that column.
    for (let y = box.y + 2; y < box.y + box.height && !page.url().includes("#/doc/"); y += 3) {
      await page.mouse.click(box.x + box.width / 2, y);
    }
    assert.match(page.url(), /#\/doc\/doc_fixture000000(en|vi)\?s=1/);
    await page.locator(".doc-text .sentence.target").waitFor();
    await page.close();
  });
});

describe("search", () => {
  test("`pham minh chinh` without accents finds Phạm Minh Chính in the seed articles", async () => {
    const { page } = await openPage(h);
    await page.goto(url("#/"));
    await page.locator("header input[name=q]").fill("pham minh chinh");
    await page.locator("header input[name=q]").press("Enter");
    const hit = page.locator(".results-entities li, .results-documents li", { hasText: "Phạm Minh Chính" }).first();
    await hit.waitFor({ timeout: 10_000 });
    await hit.locator("a").first().click();
    // The search page's own h1 is still there right after the click: wait for the new page's data.
    await page.waitForFunction(() => {
      const main = document.querySelector("main")?.textContent ?? "";
      return !main.includes("Loading…") && !location.hash.startsWith("#/search");
    }, null, { timeout: 10_000 });
    assert.match(await page.locator("main").textContent() ?? "", /Phạm Minh Chính/);
    await screenshot(h, page, "search-result");
    await page.close();
  });
});

describe("hostile articles", () => {
  const hostileHtml = `<!doctype html><html><head><title>Hostile <script>alert('title')</script> page</title></head><body><article>
    <h1>Ministers met in Hanoi</h1>
    <p>The foreign ministers of ASEAN and Korea met in Hanoi. <script>alert(1)</script></p>
    <p><img src=x onerror="alert(2)"> The talks covered trade and investment across the region.</p>
    <p><a href="javascript:alert(3)">Read more</a> about the meeting and <b onmouseover="alert(4)">its outcome</b>, which both sides welcomed warmly.</p>
    </article></body></html>`;
  const hostileText = `Hostile text <script>alert(5)</script> in a plain article.\n\n<img src=x onerror=alert(6)> The ministers met. <a href="javascript:alert(7)">link</a> <iframe src="javascript:alert(8)"></iframe>`;

  async function ingest(name: string, body: string, type: string): Promise<string> {
    const form = new FormData();
    form.append("files", new File([body], name, { type }));
    const res = await fetch(`${h.server.url}api/ingest`, { method: "POST", body: form, headers: { authorization: `Bearer ${TOKEN}` } });
    assert.equal(res.status, 200);
    const report = await res.json() as { added: { id: string }[]; skipped: unknown[] };
    assert.equal(report.added.length, 1, JSON.stringify(report));
    return report.added[0].id;
  }

  for (const [name, body, type] of [["hostile.html", hostileHtml, "text/html"], ["hostile.txt", hostileText, "text/plain"]] as const) {
    test(`${name} renders as inert text in the reader, search and lists`, async () => {
      const id = await ingest(name, body, type);
      const { page, dialogs } = await openPage(h);
      for (const hash of [`#/doc/${id}`, "#/documents", `#/search?q=${encodeURIComponent("ministers")}`, "#/"]) {
        await page.goto(url(hash));
        await page.locator("main h1").first().waitFor();
        await page.waitForFunction(() => !document.querySelector("main")?.textContent?.includes("Loading…"));
        await page.waitForTimeout(150);
        const injected = await page.evaluate(() => ({
          scripts: [...document.querySelectorAll("script")].filter((s) => !s.src.endsWith("/app.js")).length,
          imgs: document.querySelectorAll("main img").length,
          iframes: document.querySelectorAll("iframe").length,
          jsLinks: [...document.querySelectorAll("a")].filter((a) => /^\s*javascript:/i.test(a.getAttribute("href") ?? "")).length,
          handlers: [...document.querySelectorAll("main *")].filter((el) => [...el.attributes].some((a) => a.name.startsWith("on"))).length,
        }));
        assert.deepEqual(injected, { scripts: 0, imgs: 0, iframes: 0, jsLinks: 0, handlers: 0 }, `on ${hash}`);
      }
      await page.goto(url(`#/doc/${id}`));
      await page.locator(".doc-text").waitFor();
      if (name.endsWith(".txt")) assert.match(await page.locator(".doc-text").textContent() ?? "", /<script>alert\(5\)<\/script>/, "markup shown as text");
      await page.locator(".doc-text .sentence").first().hover();
      await screenshot(h, page, `reader-${name.replace(".", "-")}`);
      assert.deepEqual(dialogs, [], "no dialog fired");
      await page.close();
    });
  }

  test("the Content-Security-Policy reaches the browser", async () => {
    const res = await fetch(h.server.url);
    assert.match(res.headers.get("content-security-policy") ?? "", /script-src 'self'/);
  });
});
