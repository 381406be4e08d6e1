// Which country a well-known leader speaks for (data/people.tsv, third column): only to tell a visit's
// host from its guest when the text names the host by person alone, never to place a meeting.
import type { Mention } from "../../model.ts";
import { refKey } from "../../resolve/entities.ts";
import { knownPersonCountry } from "../../resolve/names.ts";

/** The country a person mention's leader speaks for, or null when the person is not listed. */
export function headCountry(m: Mention | null): string | null {
  if (!m || m.type !== "person") return null;
  return knownPersonCountry(m.name) ?? knownPersonCountry(refKey(m.ref));
}
