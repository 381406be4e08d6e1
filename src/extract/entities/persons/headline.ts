// Headlines written in Title Case (`Menlu Sugiono dan Menlu Motegi Sepakati Percepatan MRT Jakarta`)
// capitalise the words after a name too, so a name read by its capitals runs on into the headline's
// verb and object. The body tells where it ends: a name whose whole form never recurs below the
// headline, while a shorter start of it does (`Motegi`), is that shorter name.
import { type Finds, type Found, type Scan } from "./scan.ts";

const TITLE_CASE_SHARE = 0.6;
const MIN_WORDS = 4;

/** The end of the first line, when that line is a Title Case headline; -1 otherwise. */
function titleCaseHeadlineEnd(text: string): number {
  const end = text.indexOf("\n");
  if (end < 0) return -1;
  const words = text.slice(0, end).split(/\s+/u).filter((w) => /^\p{Script=Latin}/u.test(w));
  if (words.length < MIN_WORDS) return -1;
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised / words.length >= TITLE_CASE_SHARE ? end : -1;
}

export function trimHeadlineNames(scan: Scan, finds: Finds): void {
  const { text, tokens } = scan;
  const end = titleCaseHeadlineEnd(text);
  if (end < 0) return;
  const body = text.slice(end);
  const kept: Found[] = [];
  for (const f of finds.full) {
    if (f.start >= end || f.last - f.first < 2 || body.includes(f.surface)) { kept.push(f); continue; }
    let last = f.last - 1;
    while (last >= f.first && !body.includes(text.slice(tokens[f.first]!.start, tokens[last]!.end))) last--;
    if (last < f.first) { kept.push(f); continue; }
    const trimmed: Found = { ...f, last, end: tokens[last]!.end, surface: text.slice(f.start, tokens[last]!.end) };
    (last > f.first ? kept : finds.shortAfterTitle).push(trimmed);
  }
  finds.full = kept;
}
