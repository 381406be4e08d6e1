// People: names after (or, in Korean/Japanese/Chinese, before) a title; names whose shape is
// unmistakable (Korean `Chung Byung-won`, three-syllable Vietnamese `Do Hung Viet`); and later
// short mentions (`PM Chính`, `Lam`, `Viet`) resolved to a full name found in the same document.
// A bare capitalised word is never a person on its own.
import { fold } from "../../util/text.ts";
import { makeRef } from "../../resolve/entities.ts";
import { looksKorean, personKey, romaniseHangulName, isKoreanSurname } from "../../resolve/names.ts";
import { entityData, titleData } from "./tables.ts";
import { joinable, tokenize, type Token } from "./tokens.ts";
import type { Span } from "./spans.ts";

interface Title { keys: string[]; exact: string | null }

interface PersonTables {
  before: Map<string, Title[]>;
  after: Map<string, Title[]>;
  connectors: Map<string, string[][]>;
  particles: Set<string>;
  notNames: Set<string>;
  vietSurnames: Set<string>;
  blockers: Set<string>;
  hanBefore: RegExp | null;
  hanAfter: RegExp | null;
}

let tables: PersonTables | null = null;
const HAN = /^[\p{sc=Han}\p{sc=Katakana}ー・]+$/u;
const HAN_STOP = new Set([..."表说說在与與和的是于於会會出发發指同对對将將已也就访訪举舉等及率向称稱强调"]);
const VIET_SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?[aăâeêioôơuưyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]{1,3}(?:ch|ng|nh|[cmnpt])?$/iu;
const CREDIT_BEFORE = /(?:foto|photo|ảnh|by|door|credit|credits|source|bron|nguồn|photographer|fotograaf)\s*:?\s*$/iu;

function index(list: string[], map: Map<string, Title[]>): void {
  for (const s of list) {
    const keys = tokenize(s).map((t) => t.key);
    if (!keys.length) continue;
    const exact = /^\p{Lu}{2,}$/u.test(s) ? s : null;
    const l = map.get(keys[0]) ?? [];
    l.push({ keys, exact });
    map.set(keys[0], l);
  }
  for (const l of map.values()) l.sort((a, b) => b.keys.length - a.keys.length);
}

function personTables(): PersonTables {
  if (tables) return tables;
  const before = new Map<string, Title[]>(), after = new Map<string, Title[]>();
  const connectors = new Map<string, string[][]>();
  const particles = new Set<string>(), notNames = new Set<string>();
  const hanBefore: string[] = [], hanAfter: string[] = [];
  for (const d of titleData().values()) {
    index(d.before.filter((t) => !HAN.test(t)), before);
    index(d.after.filter((t) => !HAN.test(t)), after);
    hanBefore.push(...d.before.filter((t) => HAN.test(t)));
    hanAfter.push(...d.after.filter((t) => HAN.test(t)));
    for (const c of d.connectors) {
      const keys = tokenize(c).map((t) => t.key);
      if (!keys.length) continue;
      const l = connectors.get(keys[0]) ?? [];
      l.push(keys);
      connectors.set(keys[0], l.sort((a, b) => b.length - a.length));
    }
    d.particles.forEach((p) => particles.add(p));
    d.notNames.forEach((n) => notNames.add(n));
  }
  const vietSurnames = new Set<string>(), blockers = new Set<string>();
  for (const d of entityData().values()) {
    d.surnames.forEach((s) => vietSurnames.add(fold(s)));
    d.shortNameBlockers.forEach((b) => blockers.add(b));
  }
  const alt = (l: string[]) => l.sort((a, b) => b.length - a.length).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
  tables = {
    before, after, connectors, particles, notNames, vietSurnames, blockers,
    hanBefore: hanBefore.length ? new RegExp(`(?:${alt(hanBefore)})([\\p{sc=Han}]{2,3})`, "gu") : null,
    hanAfter: hanAfter.length ? new RegExp(`([\\p{sc=Han}\\p{sc=Katakana}ー・]{2,12}?)(?:${alt(hanAfter)})`, "gu") : null,
  };
  return tables;
}

/** Context the person finder needs: which tokens other recognisers already claimed. */
export interface Claimed {
  /** Token index → span covering it (countries, organisations, places…). */
  at: (Span | undefined)[];
}

function titleAt(text: string, tokens: Token[], i: number, map: Map<string, Title[]>): number {
  const t = tokens[i];
  for (let a = -1; a < t.alts.length; a++) {
    const key = a < 0 ? t.key : t.alts[a];
    const titles = map.get(key);
    if (!titles) continue;
    for (const title of titles) {
      const n = title.keys.length;
      if (i + n > tokens.length) continue;
      let ok = true;
      for (let k = 0; k < n && ok; k++) {
        const w = tokens[i + k];
        ok = (w.key === title.keys[k] || (k === n - 1 && w.alts.includes(title.keys[k]))) && (k === 0 || joinable(text, tokens[i + k - 1], w));
      }
      if (ok && title.exact && t.text !== title.exact) ok = false;
      if (ok) return n;
    }
  }
  return 0;
}

/** Vietnamese name shape: a known surname and syllables only. */
function vietShaped(words: Token[]): boolean {
  const p = personTables();
  return p.vietSurnames.has(fold(words[0].text)) && words.every((w) => VIET_SYLLABLE.test(w.text));
}

interface Found { first: number; last: number; start: number; end: number; surface: string; role?: string; titleStart?: number }

export function findPersons(text: string, tokens: Token[], claimed: Claimed, titleStarts: Set<number> = titleStartsIn(text, tokens)): Span[] {
  const p = personTables();
  const n = tokens.length;
  const free = (i: number) => i < n && !claimed.at[i];
  const spanAt = (i: number) => (i < n ? claimed.at[i] : undefined);
  const isName = (i: number) => {
    const t = tokens[i];
    if (titleStarts.has(i)) return false;
    return t.script !== "cjk" && t.script !== "hangul" && t.upper && !p.notNames.has(t.text) && t.text.length >= 2 || (t.upper && t.script === "latin" && t.text.length === 1 && i > 0 && tokens[i - 1].upper);
  };

  /** The capitalised name starting at token i (1–5 words), as [first, last], or null. */
  const readName = (i: number): [number, number] | null => {
    if (i >= n || !free(i)) return null;
    // A surname that is also a common word (`To Lam`, `Do Hung Viet`) starts a name when a name follows.
    const surnameFirst = !isName(i) && tokens[i].upper && !titleStarts.has(i) && (p.vietSurnames.has(tokens[i].key) || isKoreanSurname(tokens[i].key))
      && i + 1 < n && /^ $/.test(text.slice(tokens[i].end, tokens[i + 1].start)) && free(i + 1) && isName(i + 1);
    if (!isName(i) && !surnameFirst) return null;
    let j = i;
    while (j + 1 < n && j - i < 4 && joinable(text, tokens[j], tokens[j + 1])) {
      const next = tokens[j + 1];
      const gap = text.slice(tokens[j].end, next.start);
      const hyphen = /[-–‐‑]/.test(gap);
      if (/['’]/.test(gap)) break;
      if (!free(j + 1)) {
        // A short country word inside a Vietnamese name (`Lê Đức Anh`) belongs to the name.
        const s = spanAt(j + 1)!;
        if (!(s.type === "country" && s.first === s.last && next.key.length <= 4 && j + 1 > i)) break;
      }
      if (hyphen && /^\p{Ll}/u.test(next.text) && next.script === "latin") { j++; continue; } // `Byung-won`
      if (isName(j + 1)) { j++; continue; }
      if (p.particles.has(next.text) && j + 2 < n && isName(j + 2) && joinable(text, next, tokens[j + 2])) { j += 2; continue; }
      break;
    }
    return [i, j];
  };

  const isCredit = (a: number, b: number) => {
    const lineStart = text.lastIndexOf("\n", tokens[a].start) + 1;
    const before = text.slice(Math.max(lineStart, tokens[a].start - 20), tokens[a].start);
    const after = text.slice(tokens[b].end, tokens[b].end + 2);
    return CREDIT_BEFORE.test(before) || /^\s?\//.test(after);
  };

  const full: Found[] = [];
  const shortAfterTitle: Found[] = [];

  const take = (a: number, b: number, role: string | undefined, titleStart: number | undefined) => {
    if (isCredit(a, b)) return;
    const f: Found = { first: a, last: b, start: tokens[a].start, end: tokens[b].end, surface: text.slice(tokens[a].start, tokens[b].end), role, titleStart };
    if (b > a) full.push(f); else shortAfterTitle.push(f);
  };

  // 1. Titles before names.
  for (let i = 0; i < n; i++) {
    const tl = titleAt(text, tokens, i, p.before);
    if (!tl) continue;
    let roleEnd = i + tl - 1;
    let j = i + tl;
    for (let hop = 0; hop < 5 && j < n; hop++) {
      if (!joinable(text, tokens[j - 1], tokens[j]) && !/^\s*(?:,|\(\p{L}+\))?\s*$/u.test(text.slice(tokens[j - 1].end, tokens[j].start))) break;
      const s = spanAt(j);
      if (s && s.first === j && (s.type === "country" || s.type === "organization")) {
        roleEnd = s.last; j = s.last + 1;
        // `(RoK)` after a country name.
        if (j < n && /^\s*\($/.test(text.slice(tokens[j - 1].end, tokens[j].start)) && text[tokens[j].end] === ")") j++;
        continue;
      }
      const conn = (p.connectors.get(tokens[j].key) ?? []).find((c) => c.every((k, x) => tokens[j + x]?.key === k));
      if (conn) {
        const after = spanAt(j + conn.length);
        if (after && (after.type === "country" || after.type === "organization")) { j += conn.length; continue; }
        break;
      }
      const more = titleAt(text, tokens, j, p.before);
      if (more) { roleEnd = j + more - 1; j += more; continue; }
      if (["and", "en", "và", "und", "et", "y", "dan", "и"].includes(tokens[j].key)) {
        const t2 = titleAt(text, tokens, j + 1, p.before);
        if (t2) { roleEnd = j + t2; j += 1 + t2; continue; }
      }
      break;
    }
    if (j >= n) continue;
    const gap = text.slice(tokens[j - 1].end, tokens[j].start);
    if (/\n/.test(gap) || gap.length > 3) continue;
    const role = text.slice(tokens[i].start, tokens[roleEnd].end);
    const tok = tokens[j];
    if (tok.script === "hangul") {
      const name = hangulName(tok);
      if (name && free(j)) full.push({ first: j, last: j, start: tok.start, end: tok.start + name.length, surface: name, role });
      continue;
    }
    const r = readName(j);
    if (r) take(r[0], r[1], role, i);
  }

  // 2. Titles after names (Korean): `이재명 대통령`.
  for (let i = 1; i < n; i++) {
    if (tokens[i].script !== "hangul" || !titleAt(text, tokens, i, p.after)) continue;
    const prev = tokens[i - 1];
    if (prev.script !== "hangul" || !free(i - 1) || p.notNames.has(prev.text)) continue;
    const name = hangulName(prev);
    if (name && name === prev.text) full.push({ first: i - 1, last: i - 1, start: prev.start, end: prev.end, surface: name, role: tokens[i].text });
  }

  // 3. Han-script names next to titles (Chinese, Japanese).
  for (let idx = 0; idx < n; idx++) {
    const t = tokens[idx];
    if (t.script !== "cjk") continue;
    for (const re of [p.hanBefore, p.hanAfter]) {
      if (!re) continue;
      re.lastIndex = 0;
      for (const m of t.text.matchAll(re)) {
        let name = m[1];
        if (re === p.hanBefore && name.length === 3 && HAN_STOP.has(name[2])) name = name.slice(0, 2);
        if (re === p.hanAfter && name.length > 4 && !name.includes("・")) continue;
        const off = t.start + (m.index ?? 0) + m[0].indexOf(name);
        const inside = claimed.at[idx];
        if (inside && inside.start <= off && inside.end > off) continue;
        full.push({ first: idx, last: idx, start: off, end: off + name.length, surface: name, role: m[0].replace(name, "") });
      }
    }
  }

  // 4. Names whose shape alone says person.
  for (let i = 0; i < n; i++) {
    if (!free(i) || !tokens[i].upper || tokens[i].script !== "latin") continue;
    const r = readName(i);
    if (!r || r[1] === r[0]) continue;
    const words = tokens.slice(r[0], r[1] + 1);
    const surface = text.slice(words[0].start, words[words.length - 1].end);
    const korean = isKoreanSurname(words[0].key) && looksKorean(surface);
    const viet = words.length >= 3 && words.length <= 4 && vietShaped(words);
    if ((korean || viet) && !full.some((f) => f.first <= r[0] && f.last >= r[1])) { take(r[0], r[1], undefined, undefined); i = r[1]; }
  }

  // Group full names by key; the form with most diacritics is the display name.
  const groups = new Map<string, { name: string; handles: Set<string> }>();
  const spans: Span[] = [];
  const used = new Set<number>();
  for (const f of full) {
    const key = personKey(f.surface);
    if (!key) continue;
    const display = romaniseHangulName(f.surface) ?? f.surface.replace(/\s+/g, " ");
    const g = groups.get(key);
    const marks = (s: string) => s.normalize("NFD").replace(/[^\p{M}]/gu, "").length;
    if (!g) groups.set(key, { name: display, handles: handlesOf(tokens.slice(f.first, f.last + 1), f.surface) });
    else if (marks(display) > marks(g.name)) g.name = display;
  }
  for (const f of full) {
    const key = personKey(f.surface);
    const g = groups.get(key);
    if (!g) continue;
    for (let k = f.first; k <= f.last; k++) used.add(k);
    spans.push({ first: f.first, last: f.last, start: f.start, end: f.end, type: "person", ref: makeRef("person", key), name: g.name, role: f.role, source: "person" });
  }

  // 5. Full names again without a title, and short names, resolved within the document.
  const handleOwners = new Map<string, string[]>();
  for (const [key, g] of groups) for (const h of g.handles) handleOwners.set(h, [...(handleOwners.get(h) ?? []), key]);
  const firstKeys = new Set([...groups.keys()].map((k) => k.split(" ")[0]));
  for (let i = 0; i < n; i++) {
    if (used.has(i) || !free(i) || !tokens[i].upper) continue;
    const r = readName(i);
    if (r && r[1] > r[0]) {
      const key = personKey(text.slice(tokens[r[0]].start, tokens[r[1]].end));
      const g = groups.get(key);
      if (g && firstKeys.has(key.split(" ")[0])) {
        spans.push({ first: r[0], last: r[1], start: tokens[r[0]].start, end: tokens[r[1]].end, type: "person", ref: makeRef("person", key), name: g.name, source: "person" });
        for (let k = r[0]; k <= r[1]; k++) used.add(k);
        i = r[1];
        continue;
      }
      if (r[1] > r[0]) continue; // an unknown multiword name: not a short mention
    }
    const owners = handleOwners.get(tokens[i].key);
    if (!owners || owners.length !== 1) continue;
    const next = tokens[i + 1];
    if (next && p.blockers.has(next.text) && /^ $/.test(text.slice(tokens[i].end, next.start))) continue;
    const key = owners[0];
    const titled = shortAfterTitle.find((f) => f.first === i);
    const start = titled?.titleStart !== undefined ? tokens[titled.titleStart].start : tokens[i].start;
    spans.push({ first: titled?.titleStart ?? i, last: i, start, end: tokens[i].end, type: "person", ref: makeRef("person", key), name: groups.get(key)!.name, role: titled?.role, confidence: 0.8, source: "person" });
    used.add(i);
  }
  // A single name after a title that matched no full name still names a person (`President Trump`).
  for (const f of shortAfterTitle) {
    if (used.has(f.first)) continue;
    const t = tokens[f.first];
    if (t.caps || t.text.length < 3) continue;
    const key = personKey(f.surface);
    spans.push({ first: f.first, last: f.last, start: f.start, end: f.end, type: "person", ref: makeRef("person", key), name: f.surface, role: f.role, confidence: 0.6, source: "person" });
  }
  return spans;
}

/** Token indexes where a title (`President`, `Thủ tướng`) begins. */
export function titleStartsIn(text: string, tokens: Token[]): Set<number> {
  const p = personTables();
  const out = new Set<number>();
  for (let i = 0; i < tokens.length; i++) if (titleAt(text, tokens, i, p.before)) out.add(i);
  return out;
}

/** How a person is called for short: Vietnamese by the last syllable, Korean and others by the surname. */
function handlesOf(words: Token[], surface: string): Set<string> {
  const out = new Set<string>();
  if (words.length < 2) return out;
  const p = personTables();
  if (p.vietSurnames.has(fold(words[0].text)) && !isKoreanSurname(words[0].key)) out.add(words[words.length - 1].key);
  else if (isKoreanSurname(words[0].key) && looksKorean(surface)) out.add(words[0].key);
  else out.add(words[words.length - 1].key);
  return out;
}

function hangulName(t: Token): string | null {
  for (const cand of [t.text, ...t.alts]) if (/^[\uAC00-\uD7A3]{2,4}$/.test(cand) && romaniseHangulName(cand)) return cand;
  return null;
}
