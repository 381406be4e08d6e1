// The document's time anchor: its publication date, or else a year the text itself establishes
// (`the 35th anniversary of relations (1989–2024) this year` → this year is 2024).
import type { Mention, Sentence } from "../../model.ts";
import { readDataFile } from "../../lang/registry.ts";
import { refKey } from "../../resolve/entities.ts";
import { asciiDigits, type DateAnchor } from "./find.ts";
import { dateLexicon } from "./lexicon.ts";

export interface AnchorInput {
  language: string;
  published: string | null;
  datelineDate?: string | null;
  sentences: Sentence[];
  mentions: Mention[];
}

let relationYears: Map<string, number> | null = null;

function relations(): Map<string, number> {
  if (relationYears) return relationYears;
  relationYears = new Map();
  for (const line of readDataFile("relations-began.tsv").split("\n")) {
    if (!line.trim() || line.startsWith("#")) continue;
    const [pair, year] = line.split("\t");
    if (!pair || !/^\d{4}$/.test(year ?? "")) throw new Error(`attache: data/relations-began.tsv: malformed line: ${line}`);
    relationYears.set(pair, Number(year));
  }
  return relationYears;
}

const RANGE_RE = /(?<!\d)((?:19|20)\d{2})\s?[-–—]\s?((?:19|20)\d{2})(?!\d)/g;

export function documentAnchor(input: AnchorInput): DateAnchor {
  // Agency copy counts `yesterday` from the day it was filed, which the dateline states.
  const day = input.datelineDate ?? input.published;
  if (day) return { published: day, year: Number(day.slice(0, 4)) };
  return { published: null, year: inferYear(input) };
}

/** A year the text states as "this year" through an anniversary; null when it does not. */
export function inferYear(input: AnchorInput): number | null {
  const lex = dateLexicon(input.language);
  if (!lex.anniversary) return null;
  const thisYear = lex.relative.filter((r) => r.unit === "year" && r.offset === 0);
  for (const s of input.sentences) {
    const text = asciiDigits(s.text);
    for (const m of text.matchAll(lex.anniversary)) {
      const n = Number(m.slice(1).find((v) => v != null));
      if (!n) continue;
      // An explicit span (1989–2024) whose length is the anniversary dates it outright.
      for (const r of text.matchAll(RANGE_RE)) {
        if (Number(r[2]) - Number(r[1]) === n) return Number(r[2]);
      }
      // Otherwise only when the sentence says the anniversary falls this year.
      if (!thisYear.some((r) => { r.re.lastIndex = 0; return r.re.test(text); })) continue;
      const parties = [...new Set(input.mentions
        .filter((x) => x.sentence === s.index && (x.type === "country" || x.type === "organization"))
        .map((x) => refKey(x.ref)))].sort();
      if (parties.length !== 2) continue;
      const founded = relations().get(parties.join("+"));
      if (founded) return founded + n;
    }
  }
  return null;
}
