// Builds a benchmark corpus by recombining real news sentences: the seed articles
// (../shared/corpus/seeds, else test/fixtures) and the multilingual pool in bench/corpus/sentences.
// Every document is in one language, like a real article; a share is wrapped as a full news page
// (head metadata, nav, aside, scripts, comments, footer) so HTML extraction is exercised too.
// Document i depends only on (seed, i), so steps of bench/scale.ts never repeat a document.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { wrapHtml } from "./html.ts";

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** Sentences by pool key: a language code, or `file:NAME` for a fixture of unknown language. */
export type Pools = Map<string, string[]>;

/** Relative weight of each language in the corpus (seed languages weigh more). */
const LANGUAGE_WEIGHTS: Record<string, number> = {
  en: 20, vi: 15, nl: 10, ko: 5, id: 5, ms: 5, th: 5, zh: 5, ja: 5, fr: 5, de: 5, es: 5, ar: 5, ru: 5,
};

export function loadPools(root = REPO_ROOT): Pools {
  const pools: Pools = new Map();
  const add = (key: string, sentences: string[]) => pools.set(key, [...(pools.get(key) ?? []), ...sentences]);
  const poolDir = join(root, "bench", "corpus", "sentences");
  for (const f of readdirSync(poolDir).filter((n) => n.endsWith(".txt")).sort()) {
    const lines = readFileSync(join(poolDir, f), "utf8").split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#"));
    add(basename(f, ".txt"), lines);
  }
  const seeds = join(root, "..", "shared", "corpus", "seeds");
  const fixtures = join(root, "test", "fixtures");
  const dir = existsSync(seeds) ? seeds : existsSync(fixtures) ? fixtures : null;
  if (dir) {
    const languages = seedLanguages(dir);
    for (const f of readdirSync(dir).filter((n) => n.endsWith(".txt")).sort()) {
      const sentences = splitArticle(readFileSync(join(dir, f), "utf8"));
      if (sentences.length > 0) add(languages.get(f) ?? `file:${f}`, sentences);
    }
  }
  return pools;
}

/** Languages of the seed files, from the gold file next to them when there is one. */
function seedLanguages(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const gold = join(dir, "gold.json");
  if (!existsSync(gold)) return out;
  const parsed = JSON.parse(readFileSync(gold, "utf8")) as { documents?: { file?: string; language?: string }[] };
  for (const d of parsed.documents ?? []) if (d.file && d.language) out.set(d.file, d.language);
  return out;
}

const sentenceSegmenter = new Intl.Segmenter("en", { granularity: "sentence" });

/** Sentences of a real article, without the short furniture lines (captions, credits). */
function splitArticle(text: string): string[] {
  const out: string[] = [];
  for (const para of text.split(/\n+/)) {
    for (const s of sentenceSegmenter.segment(para)) {
      const t = s.segment.trim();
      if (t.length >= 40) out.push(t);
    }
  }
  return out;
}

/** Small, fast, seedable PRNG (mulberry32): the corpus must be the same on every run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GeneratedDoc {
  index: number;
  language: string;
  format: "text" | "html";
  /** Relative path, sharded 1,000 a folder. */
  path: string;
  content: string;
}

const AGENCIES = ["VNA", "Yonhap", "Bernama", "Antara", "Kyodo", "Xinhua", "AFP", "Reuters", "TASS"];
const PLACES = ["KUALA LUMPUR", "HA NOI", "SEOUL", "JAKARTA", "TOKYO", "BANGKOK", "BEIJING", "SINGAPORE", "MANILA"];

export class CorpusGenerator {
  private readonly keys: string[];
  private readonly cumulative: number[];

  constructor(private readonly pools: Pools, private readonly seed = 1, private readonly htmlShare = 0.2) {
    this.keys = [...pools.keys()];
    let sum = 0;
    this.cumulative = this.keys.map((k) => (sum += LANGUAGE_WEIGHTS[k] ?? 3));
  }

  /** Pool keys in use, for the report. */
  get languages(): string[] { return this.keys; }

  doc(index: number): GeneratedDoc {
    const r = rng((this.seed * 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b));
    const total = this.cumulative[this.cumulative.length - 1];
    const pick = r() * total;
    const key = this.keys[this.cumulative.findIndex((c) => pick < c)];
    const pool = this.pools.get(key)!;
    const language = key.startsWith("file:") ? "und" : key;
    const format: "text" | "html" = r() < this.htmlShare ? "html" : "text";

    // 8–40 sentences (a few repeat in small pools, as agency copy does), in paragraphs of 1–4.
    const n = 8 + Math.floor(r() * 33);
    const sentences: string[] = [];
    for (let i = 0; i < n; i++) sentences.push(pool[Math.floor(r() * pool.length)]);
    const paragraphs: string[][] = [];
    for (let i = 0; i < sentences.length;) {
      const len = 1 + Math.floor(r() * 4);
      paragraphs.push(sentences.slice(i, i + len));
      i += len;
    }
    const date = new Date(Date.UTC(2024, 0, 1) + Math.floor(r() * 700) * 86400000).toISOString().slice(0, 10);
    const headline = headlineOf(pool[Math.floor(r() * pool.length)]);
    const agency = AGENCIES[Math.floor(r() * AGENCIES.length)];
    const place = PLACES[Math.floor(r() * PLACES.length)];
    const shard = `d${String(Math.floor(index / 1000)).padStart(3, "0")}`;
    const name = `${String(index).padStart(7, "0")}_${language}`;

    if (format === "html") {
      const related = Array.from({ length: 8 }, () => headlineOf(pool[Math.floor(r() * pool.length)]));
      const content = wrapHtml({ index, language, headline, date, agency, paragraphs, related, rand: r });
      return { index, language, format, path: join("html", shard, `${name}.html`), content };
    }
    // Plain text the way scrapers save it: headline, dateline, body, a caption and a source line.
    const lines = [headline, ""];
    const body = paragraphs.map((p) => p.join(" "));
    if (r() < 0.5) body[0] = ` date ${date} ${place} — ${body[0]}`;
    if (r() < 0.4 && body.length > 2) body.splice(1, 0, `${headlineOf(sentences[0])} (Photo: ${agency})`);
    lines.push(body.join("\n\n"), "", `Source: ${agency}`, "");
    return { index, language, format, path: join("plain", shard, `${name}.txt`), content: lines.join("\n") };
  }
}

function headlineOf(sentence: string): string {
  const words = sentence.split(/\s+/);
  // Scripts without spaces (th, zh, ja) give one long "word": cut by characters instead.
  if (words.length < 4) return [...sentence].slice(0, 40).join("").replace(/[。．.]$/, "");
  return words.slice(0, 12).join(" ").replace(/[.,;:]$/, "");
}

export interface WrittenCorpus {
  root: string;
  plain: { dir: string; files: number; bytes: number };
  html: { dir: string; files: number; bytes: number };
}

/** Writes documents [from, from + count) under root/plain and root/html, one file at a time. */
export function writeCorpus(gen: CorpusGenerator, root: string, from: number, count: number): WrittenCorpus {
  const out: WrittenCorpus = {
    root,
    plain: { dir: join(root, "plain"), files: 0, bytes: 0 },
    html: { dir: join(root, "html"), files: 0, bytes: 0 },
  };
  mkdirSync(out.plain.dir, { recursive: true });
  mkdirSync(out.html.dir, { recursive: true });
  const made = new Set<string>();
  for (let i = from; i < from + count; i++) {
    const d = gen.doc(i);
    const file = join(root, d.path);
    const folder = dirname(file);
    if (!made.has(folder)) { mkdirSync(folder, { recursive: true }); made.add(folder); }
    const bytes = Buffer.from(d.content, "utf8");
    writeFileSync(file, bytes);
    const side = d.format === "html" ? out.html : out.plain;
    side.files++;
    side.bytes += bytes.length;
  }
  return out;
}
