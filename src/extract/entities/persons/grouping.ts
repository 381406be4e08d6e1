// Full names grouped into people: names that sound alike are one person (`Akhannouch` and `Ajanuch`),
// an initial stands for a given name seen in full, a Han, Kana or Hangul part for the whole name.
// Each full name found becomes a person span with the group's display name and ref.
import { makeRef } from "../../../resolve/entities.ts";
import { knownPerson, knownPersonByKey, personGroupKey, personKey, romaniseHangulName, russianNominative, withoutPatronymic } from "../../../resolve/names.ts";
import type { Span } from "../spans.ts";
import type { Found, Scan } from "./scan.ts";
import { handlesOf } from "./shapes.ts";

const CYRILLIC = /\p{sc=Cyrillic}/u;

/** One person of the document: display name, the words that call them for short, the spellings seen. */
export interface Group { name: string; handles: Set<string>; surfaces: Set<string> }

/** The document's people so far: groups by key, keys merged into others, person spans, tokens used. */
export interface People { groups: Map<string, Group>; redirect: Map<string, string>; spans: Span[]; used: Set<number> }

/**
 * Groups full names by how they sound; the form with most diacritics is the display name, and its
 * readable key makes the ref. Returns the groups and one person span per full name.
 */
export function groupPeople(s: Scan, full: Found[]): People {
  const { text, tokens, p } = s;
  const groups = new Map<string, Group>();
  const redirect = new Map<string, string>();
  const spans: Span[] = [];
  const used = new Set<number>();
  for (const f of full) {
    const key = personGroupKey(f.surface);
    if (!key) continue;
    // A Russian patronymic is left out of the name (`Сергей Викторович Лавров` is `Сергей Лавров`).
    const plain = withoutPatronymic(f.surface);
    const display = knownPerson(plain) ?? knownPersonByKey(key) ?? romaniseHangulName(plain) ?? russianNominative(plain) ?? plain.replace(/\s+/g, " ");
    const g = groups.get(key);
    const marks = (s: string) => s.normalize("NFD").replace(/[^\p{M}]/gu, "").length;
    if (!g) groups.set(key, { name: display, handles: handlesOf(tokens.slice(f.first, f.last + 1), f.surface), surfaces: new Set([f.surface]) });
    else {
      g.surfaces.add(f.surface);
      if (marks(display) > marks(g.name)) g.name = display;
      // Russian declines names (`Владимиром Путиным`): the shortest form is the nominative one.
      else if (CYRILLIC.test(display) && !knownPerson(g.name) && display.length < g.name.length) g.name = display;
    }
  }
  // An initial stands for a given name seen in full (`S. Jaishankar` = `Subrahmanyam Jaishankar`),
  // a Han or Kana name is the surname of a longer one beginning with it (`石破` in `石破茂`), and
  // a Katakana name is the family name of a dotted foreign one ending with it (`シコルスキ` in
  // `ラドスワフ・シコルスキ`).
  for (const key of [...groups.keys()]) {
    const parts = key.split(" ");
    const target = [...groups.keys()].find((o) => {
      if (o === key) return false;
      const op = o.split(" ");
      if (parts.length >= 2 && parts[0].length === 1 && op.length === parts.length && op[0].length > 1 && op[0][0] === parts[0] && op.slice(1).join(" ") === parts.slice(1).join(" ")) return true;
      const mine = [...groups.get(key)!.surfaces].filter((x) => /^[\p{sc=Han}\p{sc=Katakana}ー]{2,}$/u.test(x));
      if (mine.length > 0 && [...groups.get(o)!.surfaces].some((x) => mine.some((m) => x.length > m.length && (x.startsWith(m) || x.endsWith(`・${m}`) || x.endsWith(`·${m}`))))) return true;
      // One Hangul word that ends a foreign name of several words (`지엔 장관` after `응우옌 홍 지엔`), or
      // begins one: Korean writes Japanese and Chinese names family name first (`이와야 외무상` after
      // `이와야 다케시`), and such a family name may also read as a Korean name (이 + 와야).
      const word = [...groups.get(key)!.surfaces].filter((x) => /^[\uAC00-\uD7A3]{2,}$/u.test(x));
      return word.length > 0 && [...groups.get(o)!.surfaces].some((x) => /^[\uAC00-\uD7A3 ]+$/u.test(x) && / /.test(x) && word.some((m) => x.endsWith(` ${m}`) || x.startsWith(`${m} `)));
    });
    if (!target) continue;
    for (const h of groups.get(key)!.handles) groups.get(target)!.handles.add(h);
    groups.delete(key);
    redirect.set(key, target);
  }
  for (const f of full) {
    const key = redirect.get(personGroupKey(f.surface)) ?? personGroupKey(f.surface);
    const g = groups.get(key);
    if (!g) continue;
    for (let k = f.first; k <= f.last; k++) used.add(k);
    const span: Span = { first: f.first, last: f.last, start: f.start, end: f.end, type: "person", ref: refOf(g.name), name: g.name, role: f.role, source: "person" };
    // `Datuk Seri Anwar Ibrahim` is how Malay news writes the name: that form is kept as an alias.
    const honorific = p.honorificBefore?.exec(text.slice(Math.max(0, f.start - 40), f.start));
    if (honorific) span.expansion = `${honorific[1].replace(/\s+/g, " ")}${f.surface}`;
    spans.push(span);
  }
  return { groups, redirect, spans, used };
}

export function refOf(name: string): string {
  return makeRef("person", personKey(name));
}
