// Which drafts are one event, and folding one into another: sentences about one meeting feed one draft.
import type { Mention } from "../../model.ts";
import { isoOf, type Work } from "./work.ts";

/**
 * `SCO summit opens` over `Der 25. Gipfel der Shanghaier Organisation … (SCO)`: a meeting named
 * without a number joins the one numbered meeting of its type whose parties (or, when the name was
 * read apart, whose sentence's participants) include all of its own,
 * on a date and in a country that agree. Extra parties that are countries make another meeting of
 * the series (`ASEAN Summit` is not the `47th ASEAN-Japan Summit`); others are read noise.
 */
export function joinNumbered(events: Work[]): void {
  for (const u of [...events]) {
    if (u.ordinal != null || u.past || !u.parties.length) continue;
    const mine = new Set(u.parties.map((m) => m.ref));
    const fits = events.filter((n) => n !== u && n.ordinal != null && !n.past && n.type === u.type
      && [...mine].every((r) => n.parties.some((m) => m.ref === r) || n.participants.has(r))
      && n.parties.every((m) => mine.has(m.ref) || m.type !== "country")
      && !conflictingWhenWhere(u, n));
    if (fits.length !== 1) continue;
    absorb(fits[0]!, u);
    events.splice(events.indexOf(u), 1);
  }
}

function conflictingWhenWhere(a: Work, b: Work): boolean {
  const da = a.date?.value, db = b.date?.value;
  if (da && db && !da.startsWith(db) && !db.startsWith(da)) return true;
  const ca = isoOf(a.host ?? a.destination), cb = isoOf(b.host ?? b.destination);
  return !!ca && !!cb && ca !== cb;
}

function refs(ms: Mention[]): string { return ms.map((m) => m.ref).sort().join("+"); }

export function conflicts(a: Work, b: Work): boolean {
  if (a.type !== b.type) return true;
  // The previous meeting of a series is another meeting, with its own year and place.
  if (a.past !== b.past) return true;
  if (a.ordinal != null && b.ordinal != null && a.ordinal !== b.ordinal) return true;
  if (a.parties.length && b.parties.length && refs(a.parties) !== refs(b.parties)) return true;
  const da = a.date?.value, db = b.date?.value;
  if (da && db && !da.startsWith(db) && !db.startsWith(da)) return true;
  const ca = isoOf(a.host ?? a.destination), cb = isoOf(b.host ?? b.destination);
  if (ca && cb && ca !== cb) return true;
  // Both identified, by number or by parties, and by nothing they share: two meetings.
  const identified = (w: Work) => w.ordinal != null || w.parties.length > 0;
  if (identified(a) && identified(b) && !(a.ordinal != null && a.ordinal === b.ordinal)
    && !(a.parties.length && refs(a.parties) === refs(b.parties))) return true;
  return false;
}

export function mergeInto(events: Work[], w: Work): void {
  const same = events.filter((e) => !conflicts(e, w));
  const target = same.find((e) => e.ordinal != null && e.ordinal === w.ordinal)
    ?? same.find((e) => e.parties.length && refs(e.parties) === refs(w.parties))
    ?? same[0];
  if (target) absorb(target, w);
  else events.push(w);
}

export function absorb(into: Work, w: Work): void {
  into.ordinal ??= w.ordinal;
  into.label ??= w.label;
  into.leadersTalks ||= w.leadersTalks;
  if (!into.parties.length) into.parties = w.parties;
  const rank = { day: 3, month: 2, year: 1 } as const;
  if (w.date && (!into.date || rank[w.date.precision] > rank[into.date.precision])) into.date = w.date;
  if (!into.place && w.place) { into.place = w.place; into.placeName = w.placeName; }
  into.host ??= w.host;
  into.visitor ??= w.visitor;
  into.destination ??= w.destination;
  if (w.sentence !== into.sentence) into.more.add(w.sentence);
  for (const s of w.more) if (s !== into.sentence) into.more.add(s);
  for (const [k, m] of w.participants) into.participants.set(k, m);
}
