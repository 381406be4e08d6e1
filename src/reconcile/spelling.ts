// One person spelled in incompatible ways within one document (`Chung Byung-won` and
// `Jeong Byeong-won`): two romanisations the reader cannot tell are the same person. Spacing,
// hyphens, case and diacritics are not spellings (`Lee Jae-myung`/`Lee Jae Myung`), nor is a
// short mention (`Lam`) or a form with a title (`PM Chính`).
import { fold, levenshtein } from "../util/text.ts";
import { shortHash } from "../util/hash.ts";
import type { NewDiscrepancy } from "./series.ts";
import { uniqueEvidence } from "./series.ts";

export interface PersonMention { entityId: string; name: string; surface: string; document: string; quote: string }


/** Two full-name forms that are romanisations of one name but not the same spelling. */
export function incompatibleSpellings(a: string, b: string): boolean {
  const ta = fold(a).split(" "), tb = fold(b).split(" ");
  if (ta.length < 2 || ta.length !== tb.length) return false;
  if (ta.join("") === tb.join("")) return false;
  // every aligned syllable must still be recognisably the same (chung/jeong, byung/byeong)
  return ta.every((x, i) => levenshtein(x, tb[i]) / Math.max(x.length, tb[i].length) <= 0.6);
}

export function spellingDiscrepancies(document: string, mentions: PersonMention[]): NewDiscrepancy[] {
  const byEntity = new Map<string, PersonMention[]>();
  for (const m of mentions) byEntity.set(m.entityId, [...(byEntity.get(m.entityId) ?? []), m]);
  const out: NewDiscrepancy[] = [];
  for (const [entityId, list] of byEntity) {
    const forms = new Map<string, PersonMention>();
    for (const m of list) {
      const k = fold(m.surface).replace(/ /g, "");
      if (!forms.has(k)) forms.set(k, m);
    }
    const firsts = [...forms.values()];
    const involved = new Set<PersonMention>();
    for (let i = 0; i < firsts.length; i++) for (let j = i + 1; j < firsts.length; j++) {
      if (incompatibleSpellings(firsts[i].surface, firsts[j].surface)) { involved.add(firsts[i]); involved.add(firsts[j]); }
    }
    if (involved.size < 2) continue;
    const spellings = [...involved].map((m) => m.surface);
    out.push({
      id: `disc_${shortHash("spelling", document, entityId)}`,
      kind: "spelling",
      scope: `spelling:${document}`,
      description: `${list[0].name} is spelled ${spellings.map((s) => `"${s}"`).join(" and ")} in one document`,
      entities: [entityId],
      evidence: uniqueEvidence([...involved]),
      detail: { document, spellings },
    });
  }
  return out;
}
