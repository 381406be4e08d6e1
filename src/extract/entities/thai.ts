// Thai people. Thai writes no spaces between words, but news puts a title straight before a given
// name (`นายกรัฐมนตรีอนุทิน`, `นายมาร์โก`) and one space between given name and surname. The title
// is the anchor: the rest of its run is the given name, the next space-separated run the surname.
// A country (`รัฐมนตรีต่างประเทศญี่ปุ่น`) or a second title between them belongs to the role.
import type { Span } from "./spans.ts";

export interface ThaiName { start: number; end: number; surface: string; given: string; role: string; full: boolean }

const THAI_RUN = /^[\u0E00-\u0E7F]+/u;

/** Per-language word lists (lang/th/titles.json): where a name stops, and what no name starts with. */
export interface ThaiWords {
  /** Verbs and clause words: matched as the start of a run, since Thai glues the rest on (`กล่าวว่า`). */
  clauseWords: string[];
  /** Short words only as whole runs, since names begin with them too (`มาร์โก` starts with `มา`). */
  functionWords: Set<string>;
  /** Place titles and nouns (`กรุงโตเกียว` is the city of Tokyo): a run starting so is no name. */
  notNameStarts: string[];
}

// Whether a run is the sentence going on after a name (`นายอนุทิน กล่าวว่า`), not a name.
const goesOn = (w: string, words: ThaiWords) => words.functionWords.has(w) || words.clauseWords.some((c) => w.startsWith(c));

let titleRe: RegExp | null = null;
let stickyRe: RegExp | null = null;
let titleKey = "";

function titlePattern(titles: string[]): RegExp | null {
  const thai = titles.filter((t) => /^[\u0E00-\u0E7F.]+$/u.test(t));
  const key = thai.join("|");
  if (titleRe && key === titleKey) return titleRe;
  titleKey = key;
  const alt = [...thai].sort((a, b) => b.length - a.length).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
  titleRe = alt ? new RegExp(`(?:${alt})`, "gu") : null;
  stickyRe = alt ? new RegExp(`(?:${alt})`, "uy") : null;
  return titleRe;
}

/** Names after Thai titles. `titles` are every language's before-titles (the Thai ones are used). */
export function thaiNames(text: string, titles: string[], notNames: Set<string>, claimed: Span[], words: ThaiWords): ThaiName[] {
  const re = titlePattern(titles);
  if (!re) return [];
  const out: ThaiName[] = [];
  const claimAt = (pos: number) => claimed.find((c) => c.start === pos && (c.type === "country" || c.type === "organization"));
  const titleAtPos = (pos: number): number => {
    const sticky = stickyRe!;
    sticky.lastIndex = pos;
    const m = sticky.exec(text);
    return m ? m[0].length : 0;
  };
  re.lastIndex = 0;
  for (const m of text.matchAll(re)) {
    const at = m.index ?? 0;
    // A title inside a word (`ของนาย` is fine, `ตัวนาย` rare): accept only at a run start or after another title.
    let pos = at + m[0].length;
    for (let hop = 0; hop < 4; hop++) {
      const c = claimAt(pos);
      if (c) { pos = c.end; continue; }
      const t = titleAtPos(pos);
      if (t) { pos += t; continue; }
      break;
    }
    const role = text.slice(at, pos);
    let givenStart = pos;
    let given = THAI_RUN.exec(text.slice(pos))?.[0] ?? "";
    if (!given) {
      // Title then a space: the name is the next two runs, unless another title starts there (it reads its own name).
      if (text[pos] !== " " || titleAtPos(pos + 1)) continue;
      givenStart = pos + 1;
      given = THAI_RUN.exec(text.slice(givenStart))?.[0] ?? "";
    }
    // A function word glued before a title (`และนาง…`, `พบกับนาย…`): the title's own match reads that
    // name, starting at the title; this run is no name.
    const titleIn = [...given].findIndex((_, k) => k > 0 && titleAtPos(givenStart + k) > 0);
    const before = given.slice(0, titleIn);
    if (titleIn > 0 && (goesOn(before, words) || [...words.functionWords].some((f) => before.startsWith(f)))) continue;
    // A given name glued to a verb or clause word (`ทาคาอิจิยืนยันว่า`, `อนุทินนับตั้งแต่`) ends there,
    // and the name has no surname: the next run belongs to the clause.
    const cutAt = glued(given, words);
    if (cutAt > 0) given = given.slice(0, cutAt);
    if ([...given].length < 2 || notNames.has(given) || goesOn(given, words) || claimAt(givenStart) || words.notNameStarts.some((w) => given.startsWith(w))) continue;
    let end = givenStart + given.length;
    let surname = text[end] === " " && cutAt < 0 ? THAI_RUN.exec(text.slice(end + 1))?.[0] ?? "" : "";
    // The surname stops where a title, a country or a glued verb begins (`ชาญวีรกูลนายกรัฐมนตรี`, `ชาญวีรกูลกล่าว`).
    for (let k = 2; k < surname.length; k++) {
      if (titleAtPos(end + 1 + k) || claimAt(end + 1 + k) || words.clauseWords.some((c) => surname.startsWith(c, k))) { surname = surname.slice(0, k); break; }
    }
    const full = [...surname].length >= 2 && !goesOn(surname, words) && !titleAtPos(end + 1) && !claimAt(end + 1) && !words.notNameStarts.some((w) => surname.startsWith(w));
    if (full) end = end + 1 + surname.length;
    out.push({ start: givenStart, end, surface: text.slice(givenStart, end), given, role, full });
  }
  return out;
}

/** Where a verb or function word is glued onto a name (at least two letters in), or -1. Function
 * words count only when the clause goes on after them (`อนุทินนับตั้งแต่`, `ทาคาอิจิจะ…`): a short word
 * alone at a run's end is too often the end of a name itself. */
function glued(run: string, words: ThaiWords): number {
  for (let k = 2; k < run.length - 1; k++) {
    const rest = run.slice(k);
    if (words.clauseWords.some((c) => rest.startsWith(c))) return k;
    for (const f of words.functionWords) {
      if (f.length >= 2 && rest.startsWith(f) && rest.length > f.length && (words.clauseWords.some((c) => rest.startsWith(c, f.length)) || words.functionWords.has(rest.slice(f.length)) || [...words.functionWords].some((g) => g.length >= 2 && rest.startsWith(g, f.length)))) return k;
    }
  }
  return -1;
}
