// Han- and Kana-script names next to titles (Chinese, Japanese): after a title (`外长王毅在…`), before
// one (`石破茂首相`, `李强总理`), foreign names spelled by sound (`布拉索昆`) or with a middle dot
// (`马里·讪津巴功`), and well-known people written without a title (`习近平指出`).
import { knownPerson } from "../../../resolve/names.ts";
import { readDataFile } from "../../../lang/registry.ts";
import { titleData } from "../tables.ts";
import { tokenIndexAt } from "../tokens.ts";
import { onlyCountryAbbreviations } from "../han-abbrev.ts";
import { personTables } from "./tables.ts";
import type { Found, Scan } from "./scan.ts";
import { knownAt, knownUnspaced } from "./known.ts";

export const HAN_STOP = new Set([..."表说說在与與和的是于於会會出发發指同对對将將已也就访訪举舉等及率向称稱共主并並"]);
// Words that stand where a Japanese name would (`同首相` "the said PM", `両首脳`, `前首相`).
const JA_NOT_NAME = /^[同両各前元現新副次]/u;
export const NAME_CHAR = /[\p{sc=Han}\p{sc=Katakana}ー]/u;
// Last characters of Chinese institutions (ministry, council, committee, bureau, office, province).
const INSTITUTION_END = /[部院委局办辦厅廳署省]$/u;
export const DOT = /[·・]/u;

/**
 * 3. Han- and Kana-script names next to titles (Chinese, Japanese), read over the raw text so a
 * middle dot inside a foreign name (`马里·讪津巴功`, `フェルディナンド・マルコス`) does not cut it.
 */
export function hanTitledNames(s: Scan, full: Found[]): void {
  const { text, tokens, claimed, language, p } = s;
  if (p.hanTitles && tokens.some((t) => t.script === "cjk")) {
    p.hanTitles.lastIndex = 0;
    const dottedByFirst = new Map<string, string>();
    for (const m of text.matchAll(p.hanTitles)) {
      const q = m.index ?? 0, title = m[0];
      for (const found of [hanNameAfter(text, q + title.length, language), hanNameBefore(text, q, language)]) {
        if (!found || onlyCountryAbbreviations(found.name)) continue;
        const idx = tokenIndexAt(tokens, found.start);
        if (idx < 0) continue;
        // Within a run of Han text one token holds many names: check every claimed span, not the token's.
        // A dotted foreign name wins over a country it happens to contain (`马里·讪津巴功` is no mention of Mali).
        const dotted = DOT.test(found.name);
        // The first part of a dotted name seen before is that person again (`马里外长` after `马里·讪津巴功`).
        const whole = dottedByFirst.get(found.name);
        if (!whole && (claimed.spans ?? [claimed.at[idx]]).some((c) => c && c.start < found.end && found.start < c.end && !(dotted && c.start >= found.start && c.end <= found.end))) continue;
        const last = tokenIndexAt(tokens, found.end - 1);
        full.push({ first: idx, last: Math.max(idx, last), start: found.start, end: found.end, surface: whole ?? found.name, role: title });
        if (dotted) dottedByFirst.set(found.name.split(DOT)[0], found.name);
      }
    }
  }
}

/** 3b. Well-known people written in Han or Kana without a title (`习近平指出`), from data/people.tsv. */
export function knownHanNames(s: Scan, full: Found[]): void {
  const { text, tokens, claimed } = s;
  const known = knownUnspaced();
  if (known && tokens.some((t) => t.script === "cjk")) {
    known.lastIndex = 0;
    for (const m of text.matchAll(known)) {
      const start = m.index ?? 0, end = start + m[0].length;
      if (full.some((f) => f.start < end && start < f.end)) continue;
      if ((claimed.spans ?? []).some((c) => c.start < end && start < c.end)) continue;
      const idx = tokenIndexAt(tokens, start);
      if (idx < 0) continue;
      full.push({ first: idx, last: Math.max(idx, tokenIndexAt(tokens, end - 1)), start, end, surface: m[0] });
    }
  }
}

interface HanName { name: string; start: number; end: number }

/** Whether a Han-script name starts with a known Chinese surname (`王毅`, `欧阳…`). */
function chineseSurnamed(name: string): boolean {
  const { single, compound } = chineseSurnames();
  return single.has(name[0]) || compound.some((c) => name.startsWith(c) && name.length > c.length);
}

/** A name written after a title (`外长王毅在…`, `外长马里·讪津巴功共同…`). */
function hanNameAfter(text: string, from: number, language: string): HanName | null {
  if (!personTables().hanBefore.size) return null;
  let e = from;
  while (e < text.length && e - from < 24 && (NAME_CHAR.test(text[e]) || (DOT.test(text[e]) && NAME_CHAR.test(text[e + 1] ?? "")))) e++;
  let run = text.slice(from, e);
  // A function word after a title starts no name, even where it is also a surname (`总统和服务业…`: 和).
  if (!run || (HAN_STOP.has(run[0]) && !knownAt(run, "start"))) return null;
  let parts = run.split(DOT);
  // A dot further on belongs to some other name: this one is plain (`王毅在…外长马里·…`).
  // A first part longer than four characters is still a foreign name when every character is a sound
  // character (`凯斯图蒂斯·布德里斯`).
  const longForeign = (part: string) => part.length <= 8 && [...part].every((c) => translitSet().has(c));
  if (parts.length > 1 && parts[0].length > 4 && !longForeign(parts[0])) { run = parts[0]; parts = [run]; }
  let name: string;
  if (parts.length > 1) {
    // A foreign name: cut the last part where the sentence goes on (`…巴功共同主持`).
    const lastPart = parts[parts.length - 1];
    let cut = 0;
    while (cut < lastPart.length && cut < 8 && !HAN_STOP.has(lastPart[cut])) cut++;
    if ((parts[0].length > 4 && !longForeign(parts[0])) || cut === 0) return null;
    name = [...parts.slice(0, -1), lastPart.slice(0, cut)].join(run[parts[0].length]);
  } else if (/^[\p{sc=Katakana}ー]{2,}/u.test(run)) {
    name = /^[\p{sc=Katakana}ー]+/u.exec(run)![0];
  } else if (knownAt(run, "start")) {
    // A listed person's whole name (`高市早苗`, four characters), not the usual three.
    name = knownAt(run, "start")!;
  } else {
    name = run.slice(0, 3);
    // A verb whose first character could also end a three-character name ends it (`王毅强调` is 王毅 + 强调).
    if (name.length === 3 && (HAN_STOP.has(name[2]) || personTables().hanVerbs.some((v) => run.startsWith(v, 2)))) name = name.slice(0, 2);
    if (name.length < 2) return null;
    // Japanese writes names before titles: after one, only a known person is a name (not `間戦略`).
    if (language === "ja") return knownPerson(name) && !JA_NOT_NAME.test(name) ? { name, start: from, end: from + name.length } : null;
    // A foreign name spelled by sound (`外交大臣布拉索昆出席`): transliteration characters only, ending
    // where the sentence goes on. Longer than a Chinese name, it is foreign even where its first
    // character is a surname too (`王储穆罕默德表示`: 穆).
    const sounded = transliterated(run);
    if (sounded && sounded.length > 3) name = sounded;
    else if (!chineseSurnamed(name)) {
      if (!sounded) return null;
      name = sounded;
    }
  }
  return { name, start: from, end: from + name.length };
}

/** A name written before a title (`石破茂首相`, `フェルディナンド・マルコス大統領`, `李强总理`). */
function hanNameBefore(text: string, to: number, language: string): HanName | null {
  let b = to;
  while (b > 0 && to - b < 24 && (NAME_CHAR.test(text[b - 1]) || (DOT.test(text[b - 1]) && NAME_CHAR.test(text[b - 2] ?? "")))) b--;
  // A title before the name is no part of it (`皇太子徳仁親王`: 徳仁 stands between two titles).
  const title = hanTitleList().find((t) => to - b > t.length && text.startsWith(t, b));
  if (title) b += title.length;
  const run = text.slice(b, to);
  if (run.length < 2) return null;
  const kana = /[\p{sc=Katakana}ー]+(?:[·・][\p{sc=Katakana}ー]+)*$/u.exec(run);
  if (kana && kana[0].replace(/[·・ー]/gu, "").length >= 2) return { name: kana[0], start: to - kana[0].length, end: to };
  const listed = knownAt(run, "end");
  if (listed) return { name: listed, start: to - listed.length, end: to };
  if (DOT.test(run)) return dottedBefore(run, to);
  if (language === "ja") {
    // Japanese: the whole run of kanji between kana, two to four characters.
    if (run.length > 4 || JA_NOT_NAME.test(run)) return null;
    return { name: run, start: b, end: to };
  }
  for (const len of [3, 2, 4]) {
    if (run.length < len) continue;
    const name = run.slice(-len);
    // `商务部部长`: a ministry before a title is the title's, not a name (商 is a surname too).
    if (INSTITUTION_END.test(name)) return null;
    if (HAN_STOP.has(name[0])) continue;
    // `贸易和服务部长`: a name does not start on the second character of a common word (易 of 贸易).
    if (to - len > 0 && hanWordSet().has(text.slice(to - len - 1, to - len + 1))) continue;
    if (chineseSurnamed(name) && !HAN_STOP.has(name[name.length - 1])) return { name, start: to - len, end: to };
  }
  return null;
}

/**
 * A foreign name spelled by sound with a middle dot, before its title (`达尔转达了夏巴兹·谢里夫总理`): the
 * parts after the first dot are the name's whole, the first part only as far back as sound characters
 * go (`了` ends it). Every part of two or more sound characters, or no name.
 */
function dottedBefore(run: string, to: number): HanName | null {
  const parts = run.split(DOT);
  const sounds = (part: string) => [...part].every((c) => translitSet().has(c));
  const rest = parts.slice(1);
  if (rest.some((part) => part.length < 2 || part.length > 8 || !sounds(part))) return null;
  const head = parts[0]!;
  let b = head.length;
  while (b > 0 && head.length - b < 8 && translitSet().has(head[b - 1]!)) b--;
  if (head.length - b < 2) return null;
  const name = run.slice(b);
  return { name, start: to - name.length, end: to };
}

let hanWords: Set<string> | null = null;

/** Common Han words ending in a surname character (lang/<code>/titles.json `hanWords`). */
function hanWordSet(): Set<string> {
  hanWords ??= new Set([...titleData().values()].flatMap((d) => d.hanWords));
  return hanWords;
}

let translitChars: Set<string> | null = null;

/** Characters Chinese uses to spell foreign names by sound (data/chinese-transliteration.txt). */
function translitSet(): Set<string> {
  translitChars ??= new Set([...readDataFile("chinese-transliteration.txt").split("\n").filter((l) => !l.startsWith("#")).join("").replace(/\s/g, "")]);
  return translitChars;
}

/** The transliterated foreign name that starts `run`, or null: 2–7 sound characters, then a stop. */
function transliterated(run: string): string | null {
  translitSet();
  let e = 0;
  while (e < run.length && e < 7 && translitSet().has(run[e])) e++;
  if (e < 2) return null;
  const rest = run.slice(e);
  if (rest && !HAN_STOP.has(rest[0]) && !personTables().hanVerbs.some((v) => rest.startsWith(v))) return null;
  return run.slice(0, e);
}

let surnames: { single: Set<string>; compound: string[] } | null = null;

function chineseSurnames(): { single: Set<string>; compound: string[] } {
  if (surnames) return surnames;
  const lines = readDataFile("chinese-surnames.txt").split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#"));
  const single = new Set<string>(), compound: string[] = [];
  for (const l of lines) if ([...l].length > 2) [...l].forEach((c) => single.add(c)); else compound.push(l);
  surnames = { single, compound };
  return surnames;
}

let titleList: string[] | null = null;

/** Han and Kana titles of two characters or more, longest first. */
function hanTitleList(): string[] {
  const p = personTables();
  titleList ??= [...new Set([...p.hanBefore, ...p.hanAfter])].filter((t) => t.length >= 2).sort((a, b) => b.length - a.length);
  return titleList;
}
