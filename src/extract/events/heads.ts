// Which country a well-known leader speaks for (data/people.tsv, third column): only to tell a visit's
// host from its guest when the text names the host by person alone, never to place a meeting.
import type { Mention } from "../../model.ts";
import { dataRows, splitNames } from "../entities/tables.ts";
import { fold } from "../../util/text.ts";
import { refKey } from "../../resolve/entities.ts";

let byName: Map<string, string> | null = null;

/** `Willem-Alexander`, `willem alexander`, `Felipe VI` → one key. */
const key = (s: string) => fold(s).replace(/[\s\-‐.’']+/g, " ").trim();

/** The country a person mention's leader speaks for, or null when the person is not listed. */
export function headCountry(m: Mention | null): string | null {
  if (!m || m.type !== "person") return null;
  if (!byName) {
    byName = new Map();
    for (const [en, spellings, iso] of dataRows("people.tsv", 1)) {
      if (iso) for (const n of [en!, ...splitNames(spellings)]) byName.set(key(n), iso);
    }
  }
  return byName.get(key(m.name)) ?? byName.get(key(refKey(m.ref))) ?? null;
}
