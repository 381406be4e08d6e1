// Arabic has no capitals: where a name read by shape ends, and the family name alone standing for a
// full name of the same document (`ميرضيائيف` after `شوكت ميرضيائيف`).
import { knownPerson } from "../../../resolve/names.ts";
import type { Token } from "../tokens.ts";
import type { Span } from "../spans.ts";
import type { Found } from "./scan.ts";

/**
 * The last words of this document's Arabic full names that can stand alone for the person: bare
 * words (no article `ال`) of four letters or more.
 */
export function arabicFamilyWords(full: Found[]): Set<string> {
  const out = new Set<string>();
  for (const f of full) {
    const words = f.surface.trim().split(/\s+/);
    const last = words[words.length - 1];
    if (words.length >= 2 && /^\p{sc=Arabic}+$/u.test(last) && !last.startsWith("ال") && [...last].length >= 4) out.add(last);
  }
  return out;
}

/**
 * Where an Arabic name read by shape really ends: a listed person's longer name (`شي جين بينغ`), or
 * a nisba right after two name parts, which is a family name there (`محمد شياع السوداني`), not the
 * country it comes from.
 */
export function arabicNameEnd(text: string, tokens: Token[], r: [number, number], spanAt: (k: number) => Span | undefined): number {
  const spaced = (k: number) => k < tokens.length && tokens[k].script === "arabic" && /^[ \u00a0]$/.test(text.slice(tokens[k - 1].end, tokens[k].start));
  for (let extra = 2; extra >= 1; extra--) {
    const end = r[1] + extra;
    let ok = true;
    for (let k = r[1] + 1; k <= end && ok; k++) ok = spaced(k);
    if (ok && knownPerson(text.slice(tokens[r[0]].start, tokens[end].end))) return end;
  }
  const next = r[1] + 1, s = spanAt(next);
  if (r[1] - r[0] === 1 && spaced(next) && s?.type === "country" && s.demonym && s.first === next && s.last === next) return next;
  return r[1];
}

/**
 * Arabic has no capitals to end a name: after a title, a foreign family name seen ending a full
 * name of this document is read with the next word (`الرئيس ميرضيائيف أهمية`). That word alone is
 * the family name, joined later to its full name: such reads leave `full`, and their first tokens
 * are returned with the document's family names.
 */
export function splitArabicFamilyReads(tokens: Token[], full: Found[]): { arabicFamilies: Set<string>; arabicShort: number[] } {
  const arabicFamilies = arabicFamilyWords(full);
  const arabicShort: number[] = [];
  for (let k = full.length - 1; k >= 0; k--) {
    const f = full[k], first = tokens[f.first];
    if (first.script !== "arabic" || f.last === f.first || !arabicFamilies.has(first.text) || f.surface.endsWith(` ${first.text}`)) continue;
    arabicShort.push(f.first);
    full.splice(k, 1);
  }
  return { arabicFamilies, arabicShort };
}
