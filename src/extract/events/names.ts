// Canonical English names and language-independent series keys for events.
import type { EventType, Mention } from "../../model.ts";
import { refKey } from "../../resolve/entities.ts";

const LABEL: Record<EventType, string> = {
  summit: "Summit",
  ministerial: "Foreign Ministers' Meeting",
  senior_officials: "Senior Officials' Meeting",
  dialogue: "Dialogue",
  state_visit: "State visit",
  official_visit: "Official visit",
  talks: "Talks",
  signing: "Signing ceremony",
  other: "Visit",
};

export function englishOrdinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? "th" : ({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th";
  return `${n}${suffix}`;
}

export interface NameParts {
  type: EventType;
  ordinal: number | null;
  parties: Mention[];
  visitor: Mention | null;
  destination: Mention | null;
  others: Mention[];
  place: string | null;
  countryName: string | null;
  year: string | null;
  /** The series' own English name (`Joint Commission`), when the noun gave one. */
  label?: string | null;
}

const isVisit = (t: EventType) => t === "state_visit" || t === "official_visit" || t === "other";

export function eventName(p: NameParts): string {
  // `4th Lao-Thai Joint Cabinet Retreat`: an `other` meeting with a series name of its own is no visit.
  const visit = isVisit(p.type) && !(p.type === "other" && p.label);
  const label = (!visit && p.type !== "talks" && p.type !== "signing" ? p.label : null) ?? LABEL[p.type];
  if (visit) {
    const who = p.visitor ? ` of ${p.visitor.name}` : "";
    const where = p.destination ? ` to ${p.destination.name}` : p.countryName ? ` to ${p.countryName}` : "";
    return `${label}${who}${where}`;
  }
  if (p.type === "talks" || p.type === "signing") {
    const names = uniqueNames([...p.parties, ...p.others]);
    return names.length >= 2 ? `${label} between ${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}` : names.length ? `${label} with ${names[0]}` : label;
  }
  const names = uniqueNames(p.parties);
  const head = [p.ordinal != null ? englishOrdinal(p.ordinal) : "", names.join("-"), label].filter(Boolean).join(" ");
  if (names.length || p.ordinal != null) return head;
  const where = p.place ?? p.countryName;
  return [head, where ? `in ${where}` : "", p.year ?? ""].filter(Boolean).join(" ");
}

/** Organisations go by their acronym in meeting names (`ASEAN-Republic of Korea Summit`). */
function uniqueNames(ms: Mention[]): string[] {
  return [...new Set(ms.map((m) => (m.type === "organization" ? refKey(m.ref) : m.name)))];
}

/** `summit:ASEAN+KR`: the type and the sorted party keys, the same in every language. */
export function seriesKey(type: EventType, parties: Mention[], visitor: Mention | null, destination: string | null): string | null {
  if (isVisit(type)) {
    if (!visitor && !destination) return null;
    return `${type}:${visitor ? refKey(visitor.ref) : "?"}>${destination ?? "?"}`;
  }
  const keys = [...new Set(parties.map((m) => refKey(m.ref)))].sort();
  return keys.length ? `${type}:${keys.join("+")}` : null;
}
