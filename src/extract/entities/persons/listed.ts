// Names listed after a title in the plural (`los titulares de Exteriores, José Manuel Albares y Paulo
// Rangel`, `les ministres des Affaires étrangères, Ahmed Attaf et Antonio Tajani`, `Foreign Ministers
// Penny Wong and Winston Peters`): no name has a title of its own, the list shares one. Plural titles
// are data (lang/<code>/titles.json `plurals`).
import { escapeRegExp } from "../../../util/text.ts";
import { titleData } from "../tables.ts";
import { tokenIndexAt } from "../tokens.ts";
import { takeName, type Finds, type Scan } from "./scan.ts";
import { AND_WORDS } from "./titled.ts";

// A list also joins names with Portuguese/Italian `e` and Indonesian `serta`, which titles never take.
const LIST_AND = new Set([...AND_WORDS, "e", "serta"]);
const byLanguage = new Map<string, RegExp | null>();

function pluralTitles(language: string): RegExp | null {
  if (!byLanguage.has(language)) {
    const list = titleData().get(language)?.plurals ?? [];
    const alt = [...list].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|");
    byLanguage.set(language, alt ? new RegExp(`(?<![\\p{L}\\p{M}])(?:${alt})(?![\\p{L}\\p{M}])[ \\t]*,?[ \\t]*`, "giu") : null);
  }
  return byLanguage.get(language)!;
}

/** 1b. Two or more names of two words or more, joined by commas and `and`, right after a plural title. */
export function listedNames(scan: Scan, finds: Finds): void {
  const { text, tokens, n, readName } = scan;
  const re = pluralTitles(scan.language);
  if (!re) return;
  re.lastIndex = 0;
  for (const m of text.matchAll(re)) {
    const role = m[0].replace(/[\s,]+$/u, "");
    let j = tokenIndexAt(tokens, m.index + m[0].length);
    if (j < 0 || tokens[j]!.start !== m.index + m[0].length) continue;
    const names: [number, number][] = [];
    for (;;) {
      const r = readName(j, true);
      if (!r) break;
      // A name may join its parts with `y` (`Ortega y Gasset`); in a list the word joins names.
      for (let k = r[0] + 1; k < r[1]; k++) if (LIST_AND.has(tokens[k]!.key)) { r[1] = k - 1; break; }
      if (r[1] === r[0]) break;
      names.push(r);
      const next = r[1] + 1;
      if (next >= n) break;
      const gap = text.slice(tokens[r[1]]!.end, tokens[next]!.start);
      if (/^\s*,\s*$/u.test(gap)) { j = next; continue; }
      if (/^\s+$/u.test(gap) && LIST_AND.has(tokens[next]!.key) && next + 1 < n) { j = next + 1; continue; }
      break;
    }
    if (names.length < 2) continue;
    for (const [a, b] of names) takeName(scan, finds, a, b, role, undefined);
  }
}
