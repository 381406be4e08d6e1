// Names after a title (`Foreign Minister Wang Yi`, `Menteri Luar Negeri Sugiono`, `وزير الخارجية …`):
// the title runs on over countries, organisations, portfolios and connectors (`ministre des Affaires
// étrangères du Japon`) and gives the role; the name after it is read by its script's shape.
import { knownPerson } from "../../../resolve/names.ts";
import { joinable, type Token } from "../tokens.ts";
import { arabicNameAt } from "../arabic.ts";
import { titleAt } from "./tables.ts";
import { takeName, type Finds, type Scan } from "./scan.ts";
import { arabicNameEnd } from "./arabic-names.ts";
import { HANGUL_CASE_END, hangulForeignAfter, hangulName } from "./hangul-names.ts";

const ARTICLE_START = /^(?:[وفبلك]?ال)/u;

/** Whether token j's word stands again elsewhere in the document (as itself or after a clitic `و`). */
function repeatedWord(tokens: Token[], j: number): boolean {
  const w = tokens[j]!.text;
  return tokens.some((t, k) => k !== j && (t.text === w || t.text === `و${w}` || t.alts.includes(w)));
}

export const AND_WORDS = new Set(["and", "en", "và", "und", "et", "y", "dan", "и"]);

/** 1. Titles before names: full names into `finds.full`, single words into `finds.shortAfterTitle`. */
export function titledNames(scan: Scan, finds: Finds): void {
  const { text, tokens, n, titleStarts, p, free, spanAt, roleWord, vietNameAt, readName } = scan;
  const { full, shortAfterTitle } = finds;
  const take = (a: number, b: number, role: string | undefined, titleStart: number | undefined) => takeName(scan, finds, a, b, role, titleStart);
  for (let i = 0; i < n; i++) {
    // titleStarts holds exactly the tokens where titleAt finds a title: look up only those.
    const tl = titleStarts.has(i) ? titleAt(text, tokens, i, p.before) : 0;
    if (!tl) continue;
    let roleEnd = i + tl - 1;
    let j = i + tl;
    // `his Indonesian counterpart Sugiono`: a name, but the office is the other side's, so the word is
    // no role and not part of the mention; a title after it is the person's own (`counterpart, Foreign Minister X`).
    const counterpart = titleAt(text, tokens, i, p.counterparts) > 0;
    let roleStart = counterpart ? -1 : i;
    for (let hop = 0; hop < 9 && j < n; hop++) {
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
        // An institution the gazetteer does not know, closed by a comma (`presidente del Consejo
        // Europeo, António Costa`): capitalised words (and small joining words) belong to the role.
        let k = j + conn.length, caps = 0;
        while (k < n && k - j < 8 && joinable(text, tokens[k - 1], tokens[k]) && (tokens[k].upper || (caps > 0 && (p.connectors.has(tokens[k].key) || AND_WORDS.has(tokens[k].key))))) { if (tokens[k].upper) caps++; k++; }
        if (caps > 0 && k < n && tokens[k - 1].upper && /^\s*,\s*$/.test(text.slice(tokens[k - 1].end, tokens[k].start)) && tokens[k].upper) { roleEnd = k - 1; j = k; continue; }
        break;
      }
      const more = titleAt(text, tokens, j, p.before);
      if (more) { if (roleStart < 0) roleStart = j; roleEnd = j + more - 1; j += more; continue; }
      // The portfolio belongs to the title (`Menteri Koordinator Bidang Perekonomian`, `Menteri Energi dan Sumber Daya Mineral`).
      // Arabic nisba adjectives stand there too (`الرئيس المصري`), listed as notNames.
      // A Vietnamese family name that is a word elsewhere (`Le`, `Do`, `Van`) before two Vietnamese
      // syllables starts the name (`ambtgenoot Le Hoai Trung`), whatever else it may be.
      if ((tokens[j].upper || tokens[j].script === "arabic") && p.notNames.has(tokens[j].text) && !vietNameAt(j)) { roleEnd = j; j++; continue; }
      // So do an Arabic ministry's portfolio and institution words, `و`-joined ones too (`وزير الخارجية
      // والهجرة وشؤون المصريين بالخارج`, `رئيس مجلس الوزراء`): they carry the title on and start no name.
      if (tokens[j].script === "arabic" && roleWord(tokens[j])) { roleEnd = j; j++; continue; }
      // Russian names the portfolio in lower-case words between the title and the country (`министр
      // торговли Новой Зеландии`, `министр сельского хозяйства Индии`): they carry the title on to it.
      if (tokens[j].script === "cyrillic" && !tokens[j].upper) {
        let k = j;
        while (k < n && k - j < 4 && tokens[k].script === "cyrillic" && !tokens[k].upper && joinable(text, tokens[k - 1], tokens[k])) k++;
        const at = spanAt(k);
        if (k > j && k < n && joinable(text, tokens[k - 1], tokens[k]) && at && at.first === k && (at.type === "country" || at.type === "organization")) { roleEnd = k - 1; j = k; continue; }
      }
      // An abbreviation no table knows, between a title and a name, is the office's (`министр
      // иностранных дел РК Чо Хён`, `Menteri BUMN Erick Thohir`): the name starts after it.
      if (officeAbbreviation(scan, j)) { roleEnd = j; j++; continue; }
      if (AND_WORDS.has(tokens[j].key) && j + 1 < n && tokens[j + 1].upper && p.notNames.has(tokens[j + 1].text)) { roleEnd = j + 1; j += 2; continue; }
      if (AND_WORDS.has(tokens[j].key)) {
        const t2 = titleAt(text, tokens, j + 1, p.before);
        if (t2) { roleEnd = j + t2; j += 1 + t2; continue; }
      }
      break;
    }
    if (j >= n) continue;
    const gap = text.slice(tokens[j - 1].end, tokens[j].start);
    if (/\n/.test(gap) || gap.length > 3) continue;
    // A sentence ends between the title and the next word (`встретился министр. Мирзояну …`): the
    // word starts another sentence. A short word before a period is an abbreviated title (`Dr.`, `Prof.`).
    if (/[!?。！？]/u.test(gap) || (gap.includes(".") && (tokens[j - 1].text.length >= 5 || roleEnd > i || spanAt(j - 1) !== undefined))) continue;
    const role = roleStart < 0 ? undefined : text.slice(tokens[roleStart].start, tokens[roleEnd].end);
    const tok = tokens[j];
    if (tok.script === "arabic") {
      // Arabic has no capitals: the name is read by shape, and a single word only when it is a known person.
      const r = arabicNameAt(text, tokens, j, (k) => !free(k) || titleStarts.has(k) || tokens[k].alts.some((a) => p.before.has(a)) || roleWord(tokens[k]));
      if (!r) continue;
      r[1] = arabicNameEnd(text, tokens, r, (k) => spanAt(k));
      // A listed name is whole: the word after it is no third part (`عبد الفتاح السيسي الوفد`).
      if (r[1] > r[0] && !knownPerson(text.slice(tokens[r[0]].start, tokens[r[1]].end)) && knownPerson(text.slice(tokens[r[0]].start, tokens[r[1] - 1].end))) r[1]--;
      const surface = text.slice(tokens[r[0]].start, tokens[r[1]].end);
      if (r[1] > r[0]) full.push({ first: r[0], last: r[1], start: tokens[r[0]].start, end: tokens[r[1]].end, surface, role, titleStart: i });
      else if (knownPerson(surface)) full.push({ first: j, last: j, start: tok.start, end: tok.end, surface, role, titleStart: i });
      // `وزير الخارجية الإندونيسي سوغيونو … وقال سوغيونو`: one word after a title, without the article,
      // that the document repeats on its own is a one-word name (Indonesian and Burmese names often are).
      else if (!ARTICLE_START.test(surface) && [...surface].length >= 4 && repeatedWord(tokens, j)) shortAfterTitle.push({ first: j, last: j, start: tok.start, end: tok.end, surface, role, titleStart: i });
      continue;
    }
    if (tok.script === "hangul") {
      // A title carrying a particle (`장관은`) ends its phrase: what follows is no name.
      if (HANGUL_CASE_END.test(tokens[j - 1].text)) continue;
      const foreign = hangulForeignAfter(text, tokens, j, free);
      if (foreign) { full.push({ ...foreign, role }); continue; }
      const name = [tok.text, ...tok.alts].some((x) => p.notNames.has(x)) ? null : hangulName(tok);
      if (name && free(j)) full.push({ first: j, last: j, start: tok.start, end: tok.start + name.length, surface: name, role });
      continue;
    }
    const r = readName(j, true);
    if (r) take(r[0], r[1], role, roleStart < 0 ? undefined : roleStart);
  }
}

/**
 * Whether token j is an abbreviation of two to five capitals that no recogniser claimed, followed by
 * a capitalised name word, and not the start of a well-known person's name (`JD Vance`).
 */
function officeAbbreviation(s: Scan, j: number): boolean {
  const { text, tokens, n, free, isName, readName } = s;
  const t = tokens[j];
  if (!t.caps || t.text.length > 5 || !free(j) || j + 1 >= n || text.slice(t.end, tokens[j + 1].start) !== " ") return false;
  const next = tokens[j + 1];
  if (next.caps || !free(j + 1) || !isName(j + 1)) return false;
  const r = readName(j, true);
  return !r || !knownPerson(text.slice(t.start, tokens[r[1]].end));
}
