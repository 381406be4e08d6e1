// Datelines open a news story with where (and often when) it was filed:
//   " date 2025-10-27 KUALA LUMPUR —", "HANOI, Oct. 27 (Yonhap) --", "Hà Nội, 27/10 (TTXVN) -",
//   "JAKARTA, KOMPAS.com -", "SEOUL, 27 октября —", "(서울=연합뉴스) 홍길동 기자 =", "新华社北京10月27日电".
// The place is kept as metadata; the date only becomes `published` when it includes the year.
import { placeCountry } from "../extract/entities/index.ts";
import { cityCountry } from "../extract/entities/cities.ts";
import { DATE, hasDate, monthDay, parseDate, type Groups } from "./datePattern.ts";
import { vocab } from "./vocab.ts";
import { asciiDigits } from "../extract/dates/find.ts";

export interface Dateline {
  /** Characters of the line the dateline occupies (removed from the text). */
  length: number;
  text: string;
  place: string | null;
  published: string | null;
  /** Month and day of the dateline's date, even without a year. */
  monthDay?: [number, number] | null;
  /** `SARREBRUCK (Allemagne)`: the country named after the city, as written. */
  country?: string | null;
}

const DASH = String.raw`(?:--|[—–]|-(?=\s))`;
// An agency in parentheses (`(VNA)`) or between slashes (`/ТАСС/`).
const AGENCY = String.raw`[(/](?<agency>[^()/\n]{1,40})[)/]`;
const PLACE_CAPS = String.raw`\p{Lu}[\p{Lu}\p{M}'’.\- ]{1,40}?`;
const PLACE_TITLE = String.raw`\p{Lu}[\p{L}\p{M}'’.\-]*(?: \p{Lu}[\p{L}\p{M}'’.\-]*){0,3}`;

/** " date 2025-10-27 KUALA LUMPUR —" */
const ISO_FIRST = new RegExp(String.raw`^\s*(?:date\s+)?(?<iy>\d{4})-(?<im>\d{2})-(?<id>\d{2})(?:[T ][\d:]+)?\s+(?<place>${PLACE_CAPS})\s*(?:${AGENCY}\s*)?${DASH}\s*`, "u");
/**
 * `SARREBRUCK (Allemagne), 4 juin 2026`, `SAARBRUCKEN, Germany, June 4, 2026`: the country after a city
 * that is not a capital (then a date must follow).
 */
const COUNTRY_AFTER = String.raw`(?:\s*[(（](?<country>[\p{L}\p{M}][\p{L}\p{M} .'’\-]{1,30})[)）]|\s*,\s*(?<country2>\p{Lu}[\p{L}\p{M}.'’\-]+(?: \p{Lu}[\p{L}\p{M}.'’\-]+){0,2})(?=\s*,\s*[\p{L}\d]))?`;
/**
 * "HANOI, Oct. 27 (Yonhap) --", "Hà Nội, 27/10 (TTXVN) -", "JAKARTA, KOMPAS.com -",
 * "Madrid, 11 dic (EFE).-", "МОСКВА, 14 октября. /ТАСС/."
 */
const PLACE_COMMA = new RegExp(String.raw`^\s*(?<place>${PLACE_TITLE})${COUNTRY_AFTER}\s*,\s*(?:${DATE}|(?<site>[\p{L}\d-]+(?:\.[\p{L}]{2,6})+))?\s*(?:\.\s*(?=[/(]))?(?:${AGENCY}\s*)?(?:\.\s*)?(?<dash>${DASH})?\s*`, "iu");
/**
 * "عمّان ١١ تشرين الثاني ٢٠٢٥ (بترا) -", "القاهرة في ١١ نوفمبر ٢٠٢٥ (أ ش أ) -": a place without
 * a comma (scripts without capitals cannot mark it), then a full date, then a known agency.
 */
const PLACE_DATE_AGENCY = new RegExp(String.raw`^\s*(?<place>[\p{L}\p{M}]+(?:[ \-][\p{L}\p{M}]+){0,2}?)\s*[,،]?\s*(?:في\s+)?${DATE}\s*\.?\s*${AGENCY}\s*\.?\s*${DASH}?\s*`, "u");
const PLACE_DATE_DASH = new RegExp(String.raw`^\s*(?<place>[\p{L}\p{M}]+(?:[ \-][\p{L}\p{M}]+){0,2}?)\s*[,،]?\s*(?:في\s+)?${DATE}\s*${DASH}\s*`, "u");
/** "Jakarta (ANTARA) -": a place in title case needs a known agency to be a dateline. */
const PLACE_AGENCY = new RegExp(String.raw`^\s*(?<place>${PLACE_TITLE})\s*${AGENCY}\s*\.?\s*${DASH}\s*`, "u");
/** "KUALA LUMPUR (Reuters) —", "WASHINGTON —", "MANILA - " */
const CAPS_ONLY = new RegExp(String.raw`^\s*(?<place>${PLACE_CAPS})\s*(?:${AGENCY}\s*)?${DASH}\s*`, "u");
/** "Toulon. Mit einem …", "Berlin. Die Regierung …": German regional papers open with the city and a full stop. */
const CITY_STOP = new RegExp(String.raw`^\s*(?<place>${PLACE_TITLE})\.\s+(?=\p{Lu})`, "u");
/** "(서울=연합뉴스) 홍길동 기자 =", "[자카르타=연합뉴스]", "(서울=연합뉴스) 2025.06.12", "【マニラ＝共同】" */
const KO = /^\s*[(\[【（](?<place>[^=＝()\[\]【】（）\n]{1,20})[=＝](?<agency>[^=＝()\[\]【】（）\n]{1,20})[)\]】）]\s*(?:(?<iy>\d{4})[.\-/](?<im>\d{1,2})[.\-/](?<id>\d{1,2})\.?(?:\s*\d{1,2}:\d{2})?\s*)?(?:[^=＝\n]{1,30}?[=＝]\s*)?/u;
/** "新华社北京10月27日电（记者 …）", "【新华社曼谷8月15日电】" */
const ZH = /^\s*[【\[]?(?:新华社|中新社|中新网|新華社|人民网|央视网)?(?<place>\p{Script=Han}{2,6}?)(?:(?<zy>\d{4})年)?(?<zm>\d{1,2})月(?<zd>\d{1,2})日电[】\]]?\s*(?:[（(][^）)\n]{0,40}[）)])?\s*/u;
const AGENCIES = new Set(vocab.agencies.map((a) => a.toLowerCase()));
const CAPS_WORD = /^[\p{Lu}\p{N}&.\- ]+$/u;

/** `(VNA)`, `/ТАСС/`, `(Bernama)`: a news agency, not an aside in prose (`(left)`). */
function isAgency(a: string | undefined): boolean {
  if (!a) return false;
  const t = a.trim();
  return AGENCIES.has(t.toLowerCase()) || (CAPS_WORD.test(t) && /\p{Lu}{2}/u.test(t)) || t.split(/[\s/,]+/).some((w) => AGENCIES.has(w.toLowerCase()));
}

function knownCity(place: string): boolean {
  const p = place.trim();
  return placeCountry(p) != null || cityCountry(p) != null;
}

/** A line that is only a date, as news sites print above the text: "Thứ Hai, 27/10/2025 10:30 (GMT+7)". */
const DATE_ONLY_LINE = /^[\p{L}\p{M} ,]{0,20}(?<nd>\d{1,2})[/.](?<nm>\d{1,2})[/.](?<ny>\d{4})(?:\s*[-,|]?\s*\d{1,2}[:h]\d{2}(?::\d{2})?)?(?:\s*\(?(?:GMT|UTC)\s*[+-]\s*\d{1,2}\)?)?\s*$/u;

const LETTER = /\p{L}/u;
const LOWER = /\p{Ll}/u;

/** Recognises a dateline at the start of a line. `rest` must keep a body after it. */
export function matchDateline(line: string): Dateline | null {
  const mk = (m: RegExpExecArray, place: string | null, published: string | null): Dateline | null => {
    const rest = line.slice(m[0].length);
    if (!LETTER.test(rest)) return null;
    const g = m.groups as Groups;
    const country = (g.country ?? g.country2)?.trim();
    return { length: m[0].length, text: m[0].trim(), place: place?.trim().replace(/[\s,]+$/, "") || null, published, monthDay: hasDate(g) || g.zm ? monthDay(g) : null, ...(country ? { country } : {}) };
  };
  // Arabic-Indic and Thai digits read as ASCII (one UTF-16 unit each, so lengths hold).
  line = asciiDigits(line);
  let m = ISO_FIRST.exec(line);
  if (m) return mk(m, m.groups!.place!, parseDate(m.groups as Groups));
  m = KO.exec(line);
  if (m) return mk(m, m.groups!.place!, parseDate(m.groups as Groups));
  m = ZH.exec(line);
  if (m && m.groups!.zm) return mk(m, m.groups!.place!, parseDate(m.groups as Groups));
  m = PLACE_COMMA.exec(line);
  if (m) {
    const g = m.groups as Groups;
    const place = g.place!;
    // The place needs a date, an agency or a site after it to be a dateline
    // ("Hà Nội, 27/10 (TTXVN) -"); otherwise "However, X -" would qualify. Without a dash
    // the agency must be one (`МОСКВА, 14 октября. /ТАСС/.`).
    const withCountry = !!(g.country || g.country2);
    if ((hasDate(g) || (!withCountry && (g.agency || g.site))) && (g.dash || isAgency(g.agency))) return mk(m, place, parseDate(g));
    // `МОСКВА, 4 марта 2025 года. Товарооборот …`: a known city and a full date closed by a full
    // stop is a dateline without dash or agency.
    const published = parseDate(g);
    if (published && /\.\s*$/u.test(m[0]) && knownCity(place)) return mk(m, place, published);
  }
  m = PLACE_DATE_AGENCY.exec(line);
  if (m && isAgency(m.groups!.agency)) {
    const published = parseDate(m.groups as Groups);
    if (published) return mk(m, m.groups!.place!, published);
  }
  // "กรุงเทพฯ 10 ธ.ค. 2568 –": without an agency the place must be a known one and the date full.
  m = PLACE_DATE_DASH.exec(line);
  if (m && placeCountry(m.groups!.place!.trim()) != null) {
    const published = parseDate(m.groups as Groups);
    if (published) return mk(m, m.groups!.place!, published);
  }
  m = PLACE_AGENCY.exec(line);
  if (m && isAgency(m.groups!.agency) && !CAPS_WORD.test(m.groups!.place!)) return mk(m, m.groups!.place!, null);
  m = CAPS_ONLY.exec(line);
  if (m) {
    const place = m.groups!.place!;
    const letters = place.replace(/[^\p{L}]/gu, "");
    // A bare hyphen after an acronym is more often prose ("ASEAN - Korea") than a dateline,
    // unless the capitals spell a known city ("MANILA - ").
    const tail = m[0].trimEnd();
    const longDash = tail.endsWith("—") || tail.endsWith("–") || tail.endsWith("--");
    if (letters.length >= 3 && !LOWER.test(place) && (m.groups!.agency || longDash || placeCountry(place.trim()) != null)) {
      return mk(m, place, null);
    }
  }
  // Only a known city: a line may open with any short sentence ending in a capitalised word.
  m = CITY_STOP.exec(line);
  if (m && (placeCountry(m.groups!.place!) != null || cityCountry(m.groups!.place!) != null)) return mk(m, m.groups!.place!, null);
  return null;
}

/**
 * `กรุงเทพฯ 3 ธ.ค. 2568` on a line of its own under the headline: a known city and a full date, nothing
 * else. The date is the publication date, the city the dateline's.
 */
const PLACE_DATE_LINE = new RegExp(String.raw`^\s*(?<place>[\p{L}\p{M}]+(?:[ \-][\p{L}\p{M}]+){0,2}?)${COUNTRY_AFTER}\s*[,،]?\s*(?:في\s+)?${DATE}\s*$`, "u");

export function matchPlaceDateLine(line: string): { place: string; published: string; country: string | null } | null {
  const m = PLACE_DATE_LINE.exec(asciiDigits(line));
  if (!m || placeCountry(m.groups!.place!.trim()) == null) return null;
  const published = parseDate(m.groups as Groups);
  const country = (m.groups!.country ?? m.groups!.country2)?.trim() || null;
  return published ? { place: m.groups!.place!.trim(), published, country } : null;
}

/** A line that is nothing but a publication date (with year). */
export function matchDateOnlyLine(line: string): string | null {
  const m = DATE_ONLY_LINE.exec(line);
  return m ? parseDate(m.groups as Groups) : null;
}
