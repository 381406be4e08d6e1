// Head nouns that say what kind of thing a name is (`… Fund` → initiative, `… Agreement` →
// agreement, `Bộ …` → organization), merged from every language's entities.json.
import type { EntityType } from "../../model.ts";
import { readDataFile } from "../../lang/registry.ts";
import { entityData } from "./tables.ts";
import { tokenize, type Token } from "./tokens.ts";

interface Heads {
  /** Head phrases as key sequences, by phrase length. */
  phrases: Map<string, EntityType>;
  /** Keys of single-word heads that also end compounds (`Vrijhandelsovereenkomst`). */
  suffixes: { key: string; type: EntityType }[];
  maxLen: number;
  leading: Set<string>;
  generic: Set<string>;
}

let heads: Heads | null = null;

export function headTable(): Heads {
  if (heads) return heads;
  const phrases = new Map<string, EntityType>();
  const suffixes: Heads["suffixes"] = [];
  const leading = new Set<string>();
  let maxLen = 1;
  for (const d of entityData().values()) {
    for (const [h, type] of Object.entries(d.heads)) {
      const keys = tokenize(h).map((t) => t.key);
      phrases.set(keys.join(" "), type);
      maxLen = Math.max(maxLen, keys.length);
      if (keys.length === 1 && keys[0].length >= 5) suffixes.push({ key: keys[0], type });
    }
    for (const w of d.leadingWords) leading.add(w);
  }
  const generic = new Set(readDataFile("generic-acronyms.txt").split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#")));
  heads = { phrases, suffixes, maxLen, leading, generic };
  return heads;
}

/** The type a name's head noun gives it, looking at its last words, then its first, then compounds. */
export function typeOfName(words: Token[]): EntityType | null {
  const h = headTable();
  const keys = words.map((w) => w.key);
  for (let k = Math.min(h.maxLen, keys.length); k >= 1; k--) {
    const t = h.phrases.get(keys.slice(-k).join(" "));
    if (t) return t;
  }
  for (let k = Math.min(h.maxLen, keys.length - 1); k >= 1; k--) {
    const t = h.phrases.get(keys.slice(0, k).join(" "));
    if (t) return t;
  }
  const last = keys[keys.length - 1] ?? "";
  for (const s of h.suffixes) if (last.length > s.key.length + 2 && last.endsWith(s.key)) return s.type;
  return null;
}

/** Whether a head-first phrase (`Hiệp định`, `Sáng kiến`, `Accord`) starts at token i. */
export function headFirstAt(tokens: Token[], i: number): EntityType | null {
  const h = headTable();
  for (let k = Math.min(h.maxLen, tokens.length - i); k >= 1; k--) {
    if (!tokens[i].upper) return null;
    const t = h.phrases.get(tokens.slice(i, i + k).map((w) => w.key).join(" "));
    if (t) return t;
  }
  return null;
}
