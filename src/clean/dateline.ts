// Datelines open a news story with where (and often when) it was filed:
//   " date 2025-10-27 KUALA LUMPUR —", "HANOI, Oct. 27 (Yonhap) --", "Hà Nội, 27/10 (TTXVN) -",
//   "JAKARTA, KOMPAS.com -", "SEOUL, 27 октября —", "(서울=연합뉴스) 홍길동 기자 =", "新华社北京10月27日电".
// The place is kept as metadata; the date only becomes `published` when it includes the year.
import { isoFromParts } from "../ingest/dates.ts";
import { alternation, vocab } from "./vocab.ts";

export interface Dateline {
  /** Characters of the line the dateline occupies (removed from the text). */
  length: number;
  text: string;
  place: string | null;
  published: string | null;
}

const MONTH_ALT = alternation(Object.keys(vocab.months));
const DASH = String.raw`(?:--|[—–]|-(?=\s))`;
// A date as datelines write it. Named groups are parsed by parseDate.
const DATE = String.raw`(?:(?<iy>\d{4})-(?<im>\d{1,2})-(?<id>\d{1,2})` +
  String.raw`|(?<nd>\d{1,2})[/.](?<nm>\d{1,2})(?:[/.](?<ny>\d{2,4}))?` +
  String.raw`|(?<vd>\d{1,2})\s+tháng\s+(?<vm>\d{1,2})(?:\s+năm\s+(?<vy>\d{4}))?` +
  String.raw`|(?<mn>${MONTH_ALT})\.?\s+(?<md>\d{1,2})(?:,?\s+(?<my>\d{4}))?` +
  String.raw`|(?<dd>\d{1,2})\.?\s+(?<dm>${MONTH_ALT})\.?(?:\s+(?<dy>\d{4}))?)`;
const AGENCY = String.raw`\((?<agency>[^()\n]{1,40})\)`;
const PLACE_CAPS = String.raw`\p{Lu}[\p{Lu}\p{M}'’.\- ]{1,40}?`;
const PLACE_TITLE = String.raw`\p{Lu}[\p{L}\p{M}'’.\-]*(?: \p{Lu}[\p{L}\p{M}'’.\-]*){0,3}`;

/** " date 2025-10-27 KUALA LUMPUR —" */
const ISO_FIRST = new RegExp(String.raw`^\s*(?:date\s+)?(?<iy>\d{4})-(?<im>\d{2})-(?<id>\d{2})(?:[T ][\d:]+)?\s+(?<place>${PLACE_CAPS})\s*(?:${AGENCY}\s*)?${DASH}\s*`, "u");
/** "HANOI, Oct. 27 (Yonhap) --", "Hà Nội, 27/10 (TTXVN) -", "JAKARTA, KOMPAS.com -" */
const PLACE_COMMA = new RegExp(String.raw`^\s*(?<place>${PLACE_TITLE})\s*,\s*(?:${DATE}|(?<site>[\p{L}\d-]+(?:\.[\p{L}]{2,6})+))?\s*(?:${AGENCY}\s*)?${DASH}\s*`, "iu");
/** "KUALA LUMPUR (Reuters) —", "WASHINGTON —" */
const CAPS_ONLY = new RegExp(String.raw`^\s*(?<place>${PLACE_CAPS})\s*(?:${AGENCY}\s*)?${DASH}\s*`, "u");
/** "(서울=연합뉴스) 홍길동 기자 =" */
const KO = /^\s*\((?<place>[^=()\n]{1,20})=(?<agency>[^()\n]{1,20})\)\s*(?:[^=\n]{1,30}?=\s*)?/u;
/** "新华社北京10月27日电（记者 …）" */
const ZH = /^\s*(?:新华社|中新社|中新网|新華社|人民网|央视网)?(?<place>\p{Script=Han}{2,6}?)(?:(?<zy>\d{4})年)?(?<zm>\d{1,2})月(?<zd>\d{1,2})日电\s*(?:[（(][^）)\n]{0,40}[）)])?\s*/u;
/** A line that is only a date, as news sites print above the text: "Thứ Hai, 27/10/2025 10:30 (GMT+7)". */
const DATE_ONLY_LINE = /^[\p{L}\p{M} ,]{0,20}(?<nd>\d{1,2})[/.](?<nm>\d{1,2})[/.](?<ny>\d{4})(?:\s*[-,|]?\s*\d{1,2}[:h]\d{2}(?::\d{2})?)?(?:\s*\(?(?:GMT|UTC)\s*[+-]\s*\d{1,2}\)?)?\s*$/u;

type Groups = Record<string, string | undefined>;

function year(y: string | undefined): number | null {
  if (!y) return null;
  const n = Number(y);
  return y.length === 2 ? 2000 + n : n;
}

function parseDate(g: Groups): string | null {
  if (g.iy) return isoFromParts(Number(g.iy), Number(g.im), Number(g.id));
  // Day-first numeric dates (27/10/2025): the convention everywhere but the US, whose
  // datelines spell the month.
  if (g.nd) { const y = year(g.ny); return y ? isoFromParts(y, Number(g.nm), Number(g.nd)) : null; }
  if (g.vd) { const y = year(g.vy); return y ? isoFromParts(y, Number(g.vm), Number(g.vd)) : null; }
  if (g.mn) { const y = year(g.my); const m = vocab.months[g.mn.toLowerCase()]; return y && m ? isoFromParts(y, m, Number(g.md)) : null; }
  if (g.dd) { const y = year(g.dy); const m = vocab.months[g.dm!.toLowerCase()]; return y && m ? isoFromParts(y, m, Number(g.dd)) : null; }
  if (g.zm) { const y = year(g.zy); return y ? isoFromParts(y, Number(g.zm), Number(g.zd)) : null; }
  return null;
}

function hasDate(g: Groups): boolean {
  return Boolean(g.iy || g.nd || g.vd || g.mn || g.dd);
}

const LETTER = /\p{L}/u;
const LOWER = /\p{Ll}/u;

/** Recognises a dateline at the start of a line. `rest` must keep a body after it. */
export function matchDateline(line: string): Dateline | null {
  const mk = (m: RegExpExecArray, place: string | null, published: string | null): Dateline | null => {
    const rest = line.slice(m[0].length);
    if (!LETTER.test(rest)) return null;
    return { length: m[0].length, text: m[0].trim(), place: place?.trim().replace(/[\s,]+$/, "") || null, published };
  };
  let m = ISO_FIRST.exec(line);
  if (m) return mk(m, m.groups!.place!, parseDate(m.groups as Groups));
  m = KO.exec(line);
  if (m) return mk(m, m.groups!.place!, null);
  m = ZH.exec(line);
  if (m && m.groups!.zm) return mk(m, m.groups!.place!, parseDate(m.groups as Groups));
  m = PLACE_COMMA.exec(line);
  if (m) {
    const g = m.groups as Groups;
    const place = g.place!;
    // The place needs a date, an agency or a site after it to be a dateline
    // ("Hà Nội, 27/10 (TTXVN) -"); otherwise "However, X -" would qualify.
    if (hasDate(g) || g.agency || g.site) return mk(m, place, parseDate(g));
  }
  m = CAPS_ONLY.exec(line);
  if (m) {
    const place = m.groups!.place!;
    const letters = place.replace(/[^\p{L}]/gu, "");
    // A bare hyphen after an acronym is more often prose ("ASEAN - Korea") than a dateline.
    const tail = m[0].trimEnd();
    const longDash = tail.endsWith("—") || tail.endsWith("–") || tail.endsWith("--");
    if (letters.length >= 3 && !LOWER.test(place) && (m.groups!.agency || longDash)) {
      return mk(m, place, null);
    }
  }
  return null;
}

/** A line that is nothing but a publication date (with year). */
export function matchDateOnlyLine(line: string): string | null {
  const m = DATE_ONLY_LINE.exec(line);
  return m ? parseDate(m.groups as Groups) : null;
}
