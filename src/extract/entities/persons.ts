// People: names after (or, in Korean/Japanese/Chinese, before) a title; names whose shape is
// unmistakable (Korean `Chung Byung-won`, three-syllable Vietnamese `Do Hung Viet`); and later
// short mentions (`PM Chính`, `Lam`, `Viet`) resolved to a full name found in the same document.
// A bare capitalised word is never a person on its own. The steps live in persons/, in the order
// they run here: each reads names of one kind, then names are grouped into people and short forms
// joined to them.
import { tokenIndexAt, type Token } from "./tokens.ts";
import type { Span } from "./spans.ts";
import { thaiNames, type ThaiName } from "./thai.ts";
import { knownPerson } from "../../resolve/names.ts";
import { titleStartsIn } from "./persons/tables.ts";
import { scanOf, type Claimed, type Finds, type Scan } from "./persons/scan.ts";
import { titledNames } from "./persons/titled.ts";
import { listedNames } from "./persons/listed.ts";
import { appositiveNames } from "./persons/appositive.ts";
import { trimHeadlineNames } from "./persons/headline.ts";
import { hangulTitledNames, knownHangulNames } from "./persons/hangul.ts";
import { hanTitledNames, knownHanNames } from "./persons/han.ts";
import { untitledNames } from "./persons/untitled.ts";
import { splitArabicFamilyReads } from "./persons/arabic-names.ts";
import { groupPeople } from "./persons/grouping.ts";
import { joinShortForms } from "./persons/short-forms.ts";
import { laterMentions } from "./persons/later-mentions.ts";

export type { Claimed } from "./persons/scan.ts";
export { titleStartsIn } from "./persons/tables.ts";
export { insideKnownSpelling } from "./persons/known.ts";

const THAI = /[\u0E00-\u0E7F]/u;

export function findPersons(text: string, tokens: Token[], claimed: Claimed, titleStarts: Set<number> = titleStartsIn(text, tokens), language = ""): Span[] {
  const s = scanOf(text, tokens, claimed, titleStarts, language);
  const finds: Finds = { full: [], shortAfterTitle: [] };
  titledNames(s, finds);
  listedNames(s, finds);
  appositiveNames(s, finds);
  trimHeadlineNames(s, finds);
  const { koreanShort, foreignShort } = hangulTitledNames(s, finds.full);
  hanTitledNames(s, finds.full);
  knownHanNames(s, finds.full);
  knownHangulNames(s, finds.full);
  const thaiSingles = thaiTitledNames(s, finds.full);
  untitledNames(s, finds);
  const { arabicFamilies, arabicShort } = splitArabicFamilyReads(tokens, finds.full);
  const people = groupPeople(s, finds.full);
  joinShortForms(s, people, { thaiSingles, koreanShort, foreignShort, arabicShort, arabicFamilies });
  laterMentions(s, finds, people);
  return people.spans;
}

/** Thai names glued to their titles: full names into `full`; given names alone are returned. */
function thaiTitledNames(s: Scan, full: Finds["full"]): ThaiName[] {
  const { text, tokens, claimed, p } = s;
  const thaiSingles: ThaiName[] = [];
  if (THAI.test(text)) {
    for (const read of thaiNames(text, p.allBefore, p.notNames, claimed.spans ?? [], p.thaiWords)) {
      const t = knownThaiName(text, read);
      const first = tokenIndexAt(tokens, t.start), last = tokenIndexAt(tokens, t.end - 1);
      if (first < 0 || last < 0) continue;
      if (t.full) full.push({ first, last, start: t.start, end: t.end, surface: t.surface, role: t.role });
      else thaiSingles.push(t);
    }
  }
  return thaiSingles;
}

const THAI_WORD_AFTER = /^ [\u0E00-\u0E7F]+/u;

/**
 * A Thai name read after a title, completed by data/people.tsv: a well-known person's name of three
 * words runs on over the next one (`มุฮัมมัด บิน ซัลมาน`), and one name alone that is a well-known
 * person's (`นารุฮิโตะ`, `มหาวชิราลงกรณ`) is a full name, not a given name waiting for its surname.
 */
function knownThaiName(text: string, t: ThaiName): ThaiName {
  const more = THAI_WORD_AFTER.exec(text.slice(t.end));
  if (more && knownPerson(t.surface + more[0])) {
    const end = t.end + more[0].length;
    return { ...t, end, surface: text.slice(t.start, end), full: true };
  }
  return !t.full && knownPerson(t.surface) ? { ...t, full: true } : t;
}
