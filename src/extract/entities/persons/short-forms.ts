// Short forms that stand for a full name of the same document, by script: a Thai given name after a
// title (`นายอนุทิน`), a Korean surname before a title (`안 장관`), a foreign family name in Hangul
// (`미르지요예프 대통령`) or Arabic (`ميرضيائيف`), a Korean surname in Hanja (`李 대통령`), a Chinese
// surname before a title (`王外长`). Each joins the one full name it can belong to; two leave it to no one.
import { tokenize, tokenIndexAt } from "../tokens.ts";
import { isCountryAbbreviation } from "../han-abbrev.ts";
import type { ThaiName } from "../thai.ts";
import type { Scan } from "./scan.ts";
import { refOf, type People } from "./grouping.ts";
import type { ShortAt } from "./hangul.ts";
import { hangulTitleAt, hanjaSurnames } from "./hangul-names.ts";
import { HAN_STOP, NAME_CHAR } from "./han.ts";

/** Short forms read while finding full names, waiting for the document's people. */
export interface Pending { thaiSingles: ThaiName[]; koreanShort: ShortAt[]; foreignShort: ShortAt[]; arabicShort: number[]; arabicFamilies: Set<string> }

/** Adds a person span for every short form whose full name is unambiguous in the document. */
export function joinShortForms(s: Scan, people: People, pending: Pending): void {
  const { text, tokens, n, claimed, language, p, free } = s;
  const { groups, spans, used } = people;
  const { thaiSingles, koreanShort, foreignShort, arabicShort, arabicFamilies } = pending;
  // A Thai given name after a title is how Thai news calls a person again (`นายอนุทิน`): it joins the
  // full name of this document that begins with it, and is dropped when none does.
  for (const t of thaiSingles) {
    // Names of East Asians are often written family name first or last (`ซานาเอะ ทาคาอิจิ`, later
    // `นางทาคาอิจิ`): a run matching the last part joins too, when exactly one full name ends with it.
    let g = [...groups.values()].find((x) => [...x.surfaces].some((sf) => sf.startsWith(t.given + " ")));
    if (!g) {
      const ends = [...groups.values()].filter((x) => [...x.surfaces].some((sf) => sf.endsWith(" " + t.given)));
      if (ends.length === 1) g = ends[0];
    }
    if (!g) continue;
    spans.push({ first: tokenIndexAt(tokens, t.start), last: tokenIndexAt(tokens, t.end - 1), start: t.start, end: t.end, type: "person", ref: refOf(g.name), name: g.name, role: t.role, confidence: 0.8, source: "person" });
  }

  // Korean surnames alone before a title join the one Korean full name of this document written
  // in Hangul with that surname (`안 장관` after `안덕근 장관`); two such names leave it to no one.
  for (const k of koreanShort) {
    const owners = [...groups.values()].filter((g) => [...g.surfaces].some((sf) => /^[\uAC00-\uD7A3]{2,3}$/u.test(sf) && sf[0] === tokens[k.at].text));
    if (owners.length !== 1 || used.has(k.at)) continue;
    const t = tokens[k.at];
    spans.push({ first: k.at, last: k.at, start: t.start, end: t.end, type: "person", ref: refOf(owners[0].name), name: owners[0].name, role: k.role, confidence: 0.8, source: "person" });
    used.add(k.at);
  }

  // A foreign family name alone before a Korean title joins the one full name of this document,
  // written in Hangul in several words, that ends with it (`미르지요예프 대통령` after `샤프카트 미르지요예프`).
  for (const k of foreignShort) {
    const word = tokens[k.at].text;
    const hangulNames = [...groups.values()].filter((g) => [...g.surfaces].some((sf) => /^[\uAC00-\uD7A3]+(?: [\uAC00-\uD7A3]+)+$/u.test(sf)));
    let owners = hangulNames.filter((g) => [...g.surfaces].some((sf) => sf.endsWith(` ${word}`)));
    // Japanese and Chinese names are written family name first (`고바야시 방위상` after `고바야시 다카유키`).
    if (!owners.length) owners = hangulNames.filter((g) => [...g.surfaces].some((sf) => sf.startsWith(`${word} `)));
    if (owners.length !== 1 || used.has(k.at)) continue;
    const t = tokens[k.at];
    spans.push({ first: k.at, last: k.at, start: t.start, end: t.end, type: "person", ref: refOf(owners[0].name), name: owners[0].name, role: k.role, confidence: 0.8, source: "person" });
    used.add(k.at);
  }

  // The family name alone in Arabic (`وقال ميرضيائيف`, `الرئيس ميرضيائيف`) joins the one full name of
  // this document in Arabic ending with it. A word with the article (`السوداني`) may be a nisba
  // adjective, so only bare words are read so.
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    if (t.script !== "arabic" || used.has(i) || (!free(i) && !arabicShort.includes(i)) || !arabicFamilies.has(t.text)) continue;
    const owners = [...groups.values()].filter((g) => [...g.surfaces].some((sf) => sf.endsWith(` ${t.text}`)));
    if (owners.length !== 1) continue;
    spans.push({ first: i, last: i, start: t.start, end: t.end, type: "person", ref: refOf(owners[0].name), name: owners[0].name, confidence: 0.8, source: "person" });
    used.add(i);
  }

  // Korean headlines write a Korean by the surname in Hanja (`李 대통령`, `尹 전 대통령`, `李, …`): it
  // joins the one Korean full name of this document in Hangul with that surname.
  if (language === "ko") {
    const hanja = hanjaSurnames();
    for (let i = 0; i < n; i++) {
      const t = tokens[i];
      const reading = t.script === "cjk" ? hanja.get(t.text[0]) : undefined;
      if (!reading || used.has(i) || (t.text.length > 1 && !hangulTitleAt(t.text.slice(1), tokenize(t.text.slice(1)), 0))) continue;
      const after = text.slice(t.start + 1, t.start + 12);
      const titled = t.text.length > 1 || (i + 1 < n && /^ $/.test(text.slice(t.end, tokens[i + 1].start)) && (hangulTitleAt(text, tokens, i + 1) || (p.between.has(tokens[i + 1].text) && i + 2 < n && hangulTitleAt(text, tokens, i + 2))));
      // A country abbreviation (`韓`) joined to another (`韓·美`) is no person.
      if (!titled && (isCountryAbbreviation(t.text) || !/^\s*(?:[,，…"'’”]|$)/u.test(after))) continue;
      const owners = [...groups.values()].filter((g) => [...g.surfaces].some((sf) => /^[\uAC00-\uD7A3]{2,3}$/u.test(sf) && sf[0] === reading));
      if (owners.length !== 1 || (claimed.spans ?? []).some((c) => c.start <= t.start && t.start < c.end)) continue;
      spans.push({ first: i, last: i, start: t.start, end: t.start + 1, type: "person", ref: refOf(owners[0].name), name: owners[0].name, confidence: 0.8, source: "person" });
      used.add(i);
    }
  }

  // A Chinese surname alone before a title (`王部长`, `王外长`) is the one full name of this document
  // written in Han with that surname.
  if (p.hanTitles && language === "zh") {
    p.hanTitles.lastIndex = 0;
    for (const m of text.matchAll(p.hanTitles)) {
      const q = m.index ?? 0;
      // A title opening the text has no character before it: reading text[-1] would deoptimise.
      const ch = q > 0 ? text[q - 1] : undefined;
      if (!ch || !/\p{sc=Han}/u.test(ch) || isCountryAbbreviation(ch) || (claimed.spans ?? []).some((c) => c.start < q && q - 1 < c.end) || (q >= 2 && NAME_CHAR.test(text[q - 2]) && !HAN_STOP.has(text[q - 2]))) continue;
      const owners = [...groups.values()].filter((g) => [...g.surfaces].some((sf) => /^\p{sc=Han}{2,3}$/u.test(sf) && sf[0] === ch));
      const idx = tokenIndexAt(tokens, q - 1);
      if (owners.length !== 1 || idx < 0 || spans.some((x) => x.start < q && q - 1 < x.end)) continue;
      spans.push({ first: idx, last: idx, start: q - 1, end: q, type: "person", ref: refOf(owners[0].name), name: owners[0].name, role: m[0], confidence: 0.8, source: "person" });
    }
  }
}
