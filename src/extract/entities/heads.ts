// Head nouns that say what kind of thing a name is (`… Fund` → initiative, `… Agreement` →
// agreement, `Bộ …` → organization), merged from every language's entities.json.
import type { EntityType } from "../../model.ts";
import { readDataFile } from "../../lang/registry.ts";
import { entityData } from "./tables.ts";
import { tokenize, type Token } from "./tokens.ts";

interface Heads {
  /** Head phrases as key sequences, by phrase length. */
  phrases: Map<string, EntityType>;
  /** Single-word heads that also end compounds (`Vrijhandelsovereenkomst`), by length. */
  suffixes: Map<number, Map<string, EntityType>>;
  maxLen: number;
  leading: Set<string>;
  generic: Set<string>;
}

let heads: Heads | null = null;

export function headTable(): Heads {
  if (heads) return heads;
  const phrases = new Map<string, EntityType>();
  const suffixes: Heads["suffixes"] = new Map();
  const leading = new Set<string>();
  let maxLen = 1;
  for (const d of entityData().values()) {
    for (const [h, type] of Object.entries(d.heads)) {
      const keys = tokenize(h).map((t) => t.key);
      phrases.set(keys.join(" "), type);
      maxLen = Math.max(maxLen, keys.length);
      if (keys.length === 1 && keys[0].length >= 5) {
        const byLen = suffixes.get(keys[0].length) ?? new Map<string, EntityType>();
        byLen.set(keys[0], type);
        suffixes.set(keys[0].length, byLen);
      }
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
  if (words.length === 1) {
    const k = words[0].key;
    const t = h.phrases.get(k);
    if (t) return t;
    for (const [len, byLen] of h.suffixes) {
      if (k.length <= len + 2) continue;
      const hit = byLen.get(k.slice(-len));
      if (hit) return hit;
    }
    return null;
  }
  const keys = words.map((w) => w.key);
  for (let k = Math.min(h.maxLen, keys.length); k >= 1; k--) {
    const t = h.phrases.get(keys.slice(-k).join(" "));
    if (t) return t;
  }
  for (let k = Math.min(h.maxLen, keys.length - 1); k >= 1; k--) {
    const t = h.phrases.get(keys.slice(0, k).join(" "));
    if (t) return t;
  }
  return typeOfName(words.slice(-1));
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
