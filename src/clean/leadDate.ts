// The date a lead opens with, as the last resort for the publication date. Press releases and
// agency copy that print no timestamp open their first paragraph with the day of the news:
//   "Ngày 14/11/2025, tại Hà Nội, …", "On 14 November 2025, …" (a full date, then a comma), and
//   Indonesian and Malay agency style "Jakarta (Antara) - … di Jakarta, Selasa (3/2/2026)."
// Only a full date (with its year) counts; a lead that dates something else later in the
// sentence ("signed in 2019") does not open with a date and is left alone.
import { allWeekdayNames } from "../extract/dates/lexicon.ts";
import { asciiDigits } from "../extract/dates/find.ts";
import { escapeRegExp } from "../util/text.ts";
import { DATE, parseDate, type Groups } from "./datePattern.ts";

const WEEKDAY = [...allWeekdayNames().keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|") || "(?!)";
/** A full date opening the paragraph, after at most one short word (`Ngày`, `On`, `Le`, `Am`). */
const OPENING = new RegExp(String.raw`^\s*(?:\p{L}{1,6}\s+)?${DATE}\s*[,，、]`, "iu");
/** `Selasa (3/2/2026)`: a weekday with the numeric date in brackets. */
const WEEKDAY_BRACKETED = new RegExp(String.raw`(?:^|[\s,])(?:${WEEKDAY})\s*[(（](?<nd>\d{1,2})/(?<nm>\d{1,2})/(?<ny>\d{4})[)）]`, "iu");
const FIRST_SENTENCE = /^[^.!?。！？]*(?:[.!?。！？]|$)/u;

/** The publication date a lead paragraph states by opening with it, or null. */
export function leadDate(paragraph: string): string | null {
  const line = asciiDigits(paragraph);
  const opening = OPENING.exec(line);
  if (opening) {
    const d = parseDate(opening.groups as Groups);
    if (d) return d;
  }
  const first = FIRST_SENTENCE.exec(line)?.[0] ?? line;
  const bracketed = WEEKDAY_BRACKETED.exec(first);
  return bracketed ? parseDate(bracketed.groups as Groups) : null;
}
