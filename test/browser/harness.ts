// Shared set-up for the browser tests: the built UI, a sample store, a real server on a free
// port, and Debian's chromium driven by playwright-core. A missing browser is a failure, not a skip.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { startServer, type Running } from "../../src/serve/server.ts";
import { buildTestStore, ROOT, type TestStore } from "../api/fixture.ts";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const SHOTS = join(ROOT, "test-results");
export const TOKEN = "browser-test-token";

export interface Harness { store: TestStore; server: Running; browser: Browser; close: () => Promise<void> }

export async function startHarness(): Promise<Harness> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`chromium not found at ${CHROMIUM}: install Debian's package (apt-get install -y chromium) or set CHROMIUM_PATH; the browser tests need it`);
  }
  execFileSync(process.execPath, [join(ROOT, "scripts", "build.mjs")], { stdio: "inherit" });
  mkdirSync(SHOTS, { recursive: true });
  const store = await buildTestStore();
  const server = await startServer(store.db, { host: "127.0.0.1", port: 0, allowIngest: true, token: TOKEN });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
  });
  return {
    store, server, browser,
    close: async () => { await browser.close(); await server.close(); store.cleanup(); },
  };
}

/** A page that records every dialog (and dismisses it) and every uncaught script error. */
export async function openPage(h: Harness): Promise<{ page: Page; dialogs: string[]; errors: string[] }> {
  const page = await h.browser.newPage({ viewport: { width: 1280, height: 900 } });
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on("dialog", (d) => { dialogs.push(d.message()); void d.dismiss(); });
  page.on("pageerror", (e) => errors.push(e.message));
  // Only the test server may be reached.
  await page.route("**/*", (route) => {
    const url = route.request().url();
    return url.startsWith(h.server.url) || url.startsWith("data:") ? route.continue() : route.abort();
  });
  return { page, dialogs, errors };
}

/**
 * Saves a screenshot and checks it is not blank: the PNG is drawn onto a canvas (in a blank page,
 * outside the app) and sampled; a rendered page has many distinct colours, a blank one has one.
 */
export async function screenshot(h: Harness, page: Page, name: string): Promise<number> {
  const png = await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false });
  if (png.length < 5000) throw new Error(`screenshot ${name} is suspiciously small (${png.length} bytes)`);
  const probe = await h.browser.newPage();
  try {
    return await probe.evaluate(async (b64: string) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement("canvas");
      c.width = img.width; c.height = img.height;
      const g = c.getContext("2d")!;
      g.drawImage(img, 0, 0);
      const px = g.getImageData(0, 0, c.width, c.height).data;
      const seen = new Set<number>();
      for (let i = 0; i < px.length; i += 4 * 97) seen.add((px[i] << 16) | (px[i + 1] << 8) | px[i + 2]);
      return seen.size;
    }, png.toString("base64"));
  } finally {
    await probe.close();
  }
}
