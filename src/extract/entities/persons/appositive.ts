// 2b. Names whose title follows them in apposition (`Maria Malmer Stenergard, Sweden's foreign minister,
// met …`, `Jean-Noël Barrot, ministre français des Affaires étrangères, a …`): a capitalised name of two
// words or more, a comma, then at most a few words (a country, its possessive, an article) before a
// title, and the apposition closed by a comma. Every word of the name must be free (no place, country
// or organisation) and no date word (`Last Tuesday, the foreign minister …`).
import { dateLexicon } from "../../dates/lexicon.ts";
import { titleAt } from "./tables.ts";
import { takeName, type Finds, type Scan } from "./scan.ts";

/** How many words may stand between the comma and the title (`Sweden 's`, `the Australian`). */
const MAX_BETWEEN = 3;
/** How far (characters) after the title's start the apposition must close with a comma. */
const CLOSE_WITHIN = 70;

export function appositiveNames(scan: Scan, finds: Finds): void {
  const { text, tokens, titleStarts, p, free, spanAt, readName, language } = scan;
  const dates = dateLexicon(language);
  const dateWord = (k: number) => dates.weekdayByName.has(tokens[k]!.text.toLocaleLowerCase()) || dates.monthByName.has(tokens[k]!.text.toLocaleLowerCase());
  for (const t of titleStarts) {
    if (!titleAt(text, tokens, t, p.before)) continue;
    // The apposition closes with a comma soon after the title (`…, Sweden's foreign minister, met`).
    const rest = text.slice(tokens[t]!.start, tokens[t]!.start + CLOSE_WITHIN);
    const close = rest.search(/[,，]/u);
    if (close < 0 || /[.;:!?()]/u.test(rest.slice(0, close))) continue;
    // Back over the words before the title to the comma after the name.
    let k = t - 1, between = 0;
    while (k >= 0 && between <= MAX_BETWEEN && !/,\s*$/u.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start))) {
      const s = spanAt(k);
      if (s && (s.type === "country" || s.type === "organization")) { k = s.first - 1; between++; continue; }
      if (tokens[k]!.upper && !s) break;
      k--; between++;
    }
    if (k < 0 || between > MAX_BETWEEN || !/^\s*,\s*$/u.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start))) continue;
    // The name ends at k: read it from up to five words back.
    for (let a = Math.max(0, k - 4); a < k; a++) {
      const r = readName(a);
      if (!r || r[1] !== k || r[0] !== a) continue;
      let ok = true;
      for (let x = a; x <= k && ok; x++) ok = free(x) && !dateWord(x) && !titleStarts.has(x);
      // The name starts its clause: nothing capitalised right before it.
      const prev = tokens[a - 1];
      if (ok && prev && prev.upper && !/[.!?:;,"“”«»(]\s*$/u.test(text.slice(prev.end, tokens[a]!.start))) ok = false;
      if (ok) takeName(scan, finds, a, k, text.slice(tokens[t]!.start, tokens[t]!.start + close).trim(), undefined);
      break;
    }
  }
}
