// Thai people. Thai writes no spaces between words, but news puts a title straight before a given
// name (`นายกรัฐมนตรีอนุทิน`, `นายมาร์โก`) and one space between given name and surname. The title
// is the anchor: the rest of its run is the given name, the next space-separated run the surname.
// A country (`รัฐมนตรีต่างประเทศญี่ปุ่น`) or a second title between them belongs to the role.
import type { Span } from "./spans.ts";

export interface ThaiName { start: number; end: number; surface: string; given: string; role: string; full: boolean }

const THAI_RUN = /^[\u0E00-\u0E7F]+/u;
// Words a surname cannot start with: the sentence goes on after a given name (`นายอนุทิน กล่าวว่า`).
// Long verbs and nouns are matched as the start of a run (Thai glues the rest on); short words
// only as whole runs, since names begin with them too (`มาร์โก` starts with `มา`).
const GOES_ON = /^(?:กล่าว|เดินทาง|พร้อม|ระหว่าง|หารือ|เยือน|แถลง|เปิดเผย|ประกาศ|ลงนาม|ต้อนรับ|เมื่อ|วันที่|ครั้ง|ยืนยัน|ระบุ|เข้าร่วม|เข้าพบ)/u;
const SHORT_WORDS = new Set(["ได้", "ว่า", "และ", "ที่", "เป็น", "จะ", "ซึ่ง", "ให้", "ใน", "กับ", "เพื่อ", "เข้า", "ยัง", "ก็", "มี", "โดย", "ของ", "ไป", "มา", "นั้น", "นี้", "ณ", "พบ", "ทั้ง", "หรือ", "แต่", "จาก", "ถึง", "ต่อ", "ด้วย", "ทาง", "ร่วม", "คน", "ฝ่าย", "ทุกคน", "เอง"]);
const goesOn = (w: string) => GOES_ON.test(w) || SHORT_WORDS.has(w);

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
export function thaiNames(text: string, titles: string[], notNames: Set<string>, claimed: Span[]): ThaiName[] {
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
    if ([...given].length < 2 || notNames.has(given) || goesOn(given) || claimAt(givenStart)) continue;
    let end = givenStart + given.length;
    let surname = text[end] === " " ? THAI_RUN.exec(text.slice(end + 1))?.[0] ?? "" : "";
    // The surname stops where a title or a country begins (`ชาญวีรกูลนายกรัฐมนตรี`).
    for (let k = 2; k < surname.length; k++) {
      if (titleAtPos(end + 1 + k) || claimAt(end + 1 + k)) { surname = surname.slice(0, k); break; }
    }
    const full = [...surname].length >= 2 && !goesOn(surname) && !titleAtPos(end + 1) && !claimAt(end + 1);
    if (full) end = end + 1 + surname.length;
    out.push({ start: givenStart, end, surface: text.slice(givenStart, end), given, role, full });
  }
  return out;
}
