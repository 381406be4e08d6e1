// 5. Full names again without a title, and short names, resolved within the document: a family name
// (`Lam`, `Viet`, `Jaishankar`) or a given name after a title (`Menko Airlangga`) that one person of the
// document owns, a surname that is also a country's name where the person is meant (`Montenegro said`),
// and a single name after a title that matches no full name (`President Trump`).
import { fold } from "../../../util/text.ts";
import { makeRef } from "../../../resolve/entities.ts";
import { knownByFamilyName, personGroupKey, personKey } from "../../../resolve/names.ts";
import { dateLexicon } from "../../dates/lexicon.ts";
import type { Finds, Scan } from "./scan.ts";
import { refOf, type People } from "./grouping.ts";
import { VIET_SYLLABLE } from "./shapes.ts";

export function laterMentions(s: Scan, finds: Finds, people: People): void {
  const { text, tokens, n, titleStarts, language, p, prepositions, free, spanAt, readName } = s;
  const { full, shortAfterTitle } = finds;
  const { groups, redirect, spans, used } = people;
  const handleOwners = new Map<string, string[]>();
  for (const [key, g] of groups) for (const h of g.handles) handleOwners.set(h, [...(handleOwners.get(h) ?? []), key]);
  const firstKeys = new Set([...groups.keys()].map((k) => k.split(" ")[0]));
  const firstOwners = new Map<string, string[]>();
  for (const f of full) {
    const key = redirect.get(personGroupKey(f.surface)) ?? personGroupKey(f.surface);
    if (f.last <= f.first || !groups.has(key)) continue;
    const h = tokens[f.first].key;
    const list = firstOwners.get(h) ?? [];
    if (!list.includes(key)) list.push(key);
    firstOwners.set(h, list);
  }
  // A family name that is also a country (`Montenegro`) names the person again when this document
  // spelled their full name with it.
  const countrySurnames = new Set<string>();
  for (const f of full) {
    const s = f.last > f.first ? spanAt(f.last) : undefined;
    if (s && s.type === "country" && s.first === f.last && s.last === f.last) countrySurnames.add(tokens[f.last].key);
  }
  // The country itself, not the person, after a preposition (`foreign minister of Jordan`) or as the
  // owner of a title (`Jordan's foreign minister`).
  const countryContext = (i: number): boolean => {
    const prev = tokens[i - 1], next = tokens[i + 1];
    if (prev && prepositions.has(prev.text) && /^ $/.test(text.slice(prev.end, tokens[i].start))) return true;
    return !!next && next.text === "s" && /^['’]$/.test(text.slice(tokens[i].end, next.start)) && titleStarts.has(i + 2);
  };
  for (let i = 0; i < n; i++) {
    if (used.has(i) || !tokens[i].upper) continue;
    if (!free(i)) {
      const s = spanAt(i)!;
      if (!(countrySurnames.has(tokens[i].key) && s.first === i && s.last === i && !s.demonym && (handleOwners.get(tokens[i].key) ?? []).length === 1)) continue;
      if (countryContext(i)) continue;
      const key = handleOwners.get(tokens[i].key)![0];
      spans.push({ first: i, last: i, start: tokens[i].start, end: tokens[i].end, type: "person", ref: refOf(groups.get(key)!.name), name: groups.get(key)!.name, confidence: 0.8, source: "person" });
      used.add(i);
      continue;
    }
    const r = readName(i);
    if (r && r[1] > r[0]) {
      const key = personGroupKey(text.slice(tokens[r[0]].start, tokens[r[1]].end));
      const g = groups.get(key);
      if (g && firstKeys.has(key.split(" ")[0])) {
        spans.push({ first: r[0], last: r[1], start: tokens[r[0]].start, end: tokens[r[1]].end, type: "person", ref: refOf(g.name), name: g.name, source: "person" });
        for (let k = r[0]; k <= r[1]; k++) used.add(k);
        i = r[1];
        continue;
      }
      if (r[1] > r[0]) continue; // an unknown multiword name: not a short mention
    }
    const titledHere = shortAfterTitle.some((f) => f.first === i);
    // After a title, a given name or a surname written first also names the person (`Menko Airlangga`, `PM Ishiba`, `Mr Gan`).
    const owners = handleOwners.get(tokens[i].key) ?? (titledHere ? firstOwners.get(tokens[i].key) : undefined);
    if (!owners || owners.length !== 1) continue;
    const next = tokens[i + 1];
    if (next && p.blockers.has(next.text) && /^ $/.test(text.slice(tokens[i].end, next.start))) continue;
    const key = owners[0];
    const titled = shortAfterTitle.find((f) => f.first === i);
    const start = titled?.titleStart !== undefined ? tokens[titled.titleStart].start : tokens[i].start;
    spans.push({ first: titled?.titleStart ?? i, last: i, start, end: tokens[i].end, type: "person", ref: refOf(groups.get(key)!.name), name: groups.get(key)!.name, role: titled?.role, confidence: 0.8, source: "person" });
    used.add(i);
  }
  // A single name after a title that matched no full name still names a person (`President Trump`).
  for (const f of shortAfterTitle) {
    if (used.has(f.first)) continue;
    const t = tokens[f.first];
    if (t.caps || t.text.length < 3) continue;
    // One Vietnamese syllable with its marks is a word's first syllable (`Tổng thống Cộng hòa …`), not
    // a person: Vietnamese news names a person in full before calling them by one syllable.
    if (language === "vi" && VIET_SYLLABLE.test(t.text) && fold(t.text) !== t.text.toLowerCase()) continue;
    // A weekday set off after a title is when, not who (`Menteri Luar Negeri Indonesia, Selasa, …`).
    if (f.last === f.first && dateLexicon(language).weekdayByName.has(t.text.toLocaleLowerCase())) continue;
    // The family name of one well-known person is that person (`President Tokayev`, `президентом Токаевым`).
    const listed = knownByFamilyName(f.surface);
    const key = listed ? personKey(listed) : personKey(f.surface);
    spans.push({ first: f.first, last: f.last, start: f.start, end: f.end, type: "person", ref: makeRef("person", key), name: listed ?? f.surface, role: f.role, confidence: 0.6, source: "person" });
  }
}
