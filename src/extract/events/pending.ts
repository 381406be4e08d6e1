// Candidates that are no event of their own (`the visit`, `the talks`, `signed`, `the meeting`):
// each adds its sentence, and what it says of place and participants, to the event it refers to.
import type { Mention } from "../../model.ts";
import type { ExtractionContext } from "../context.ts";
import { findDates, type DateAnchor } from "../dates/index.ts";
import { describe, type Candidate } from "./detect.ts";
import type { EventLexicon } from "./lexicon.ts";
import { venue } from "./places.ts";
import { headCountry } from "./heads.ts";
import { staleYear } from "./dating.ts";
import { heldAtVisit } from "./talks.ts";
import { isoOf, mentionsIn, PART_TYPES, VISITS, work, type Work } from "./work.ts";

export function resolvePending(lex: EventLexicon, events: Work[], c: Candidate, pending: Candidate[], mentions: Mention[], visit: () => Work | undefined, anchorYear: number | null, datelineCity = false): void {
  const s = c.hit.sentence;
  const { entry } = c.hit;
  const nearest = (ok: (e: Work) => boolean) =>
    [...events].filter(ok).sort((a, b) => Math.abs(a.sentence - s.index) - Math.abs(b.sentence - s.index) || a.sentence - b.sentence)[0];
  let target: Work | undefined;
  if (entry.strength === "fold" || entry.type === "talks" || entry.type === "signing") {
    // `Ngày 12/11, hai bên đã ký kết … Lễ ký kết diễn ra tại Hà Nội`: with no visit, a signing
    // sentence reports the signing event the document already has.
    target = visit() ?? (entry.type === "signing" ? nearest((e) => e.type === "signing") : undefined);
    if (target && c.bilateral) { events.push(bilateralDuring(target, c, mentions)); return; }
    // `Ngày 19/11, tại Hà Nội, hai bên đã ký kết …`: a dated signing is the news itself when the
    // document reports no meeting or visit it could belong to.
    // `Japan and the Philippines on Monday signed …`: two countries signing stand for the where, which
    // the dateline or a later sentence gives.
    const countries = new Set(mentionsIn(mentions, s).filter((m) => m.type === "country").map((m) => m.ref));
    // A day stated with no year to date it (`este martes` under a dateline without one) still says when.
    if (!target && !events.length && entry.type === "signing" && (c.date || c.yearlessDay) && !staleYear(c.date, anchorYear) && (c.place || c.host || countries.size >= 2)) {
      events.push(work(c, "signing", { host: c.host, date: c.date }, mentions, false));
      return;
    }
  } else if (entry.type === "visit") {
    // `Pham Minh Chinh visited Seoul last year`, `who visited Hanoi in 2023`: a visit dated to an
    // earlier year is an earlier visit, neither the one reported nor a part of it.
    if (staleYear(c.date, anchorYear)) return;
    target = visit();
    // A visit word naming another visitor and another destination is another visit, not more of the
    // reported one (`During the visit, Ishiba said` names someone else but no other destination).
    const goesTo = isoOf(c.destination) ?? (c.place ? (venue(c.place.name) ?? venue(c.place.surface))?.country : null);
    const elsewhere = goesTo && target?.destination && goesTo !== isoOf(target.destination);
    if (elsewhere && target?.visitor && c.visitor && c.visitor.ref !== target.visitor.ref) return;
    // `werkbezoek te Rabat`, `訪問先のニューデリーで`: a capital named with the visit is where it went.
    const city = c.place ? venue(c.place.name) ?? venue(c.place.surface) : null;
    // `Merz received President William Ruto`: a host receives at home, where the dateline was filed
    // when the sentence names no place; the guest named is the visitor.
    // The guest is a titled dignitary (`President William Ruto`) and the host someone else named
    // before; in the passive (`was received by President Sheinbaum`) the guest is named first.
    const passive = entry.receives === true && !!lex.passiveAgentRe?.test(c.hit.sentence.text.slice(c.hit.end, c.hit.end + 12));
    const received = entry.receives === true && !passive && datelineCity && (!!c.visitor?.role || headCountry(c.visitor) != null)
      && c.people.some((m) => m.ref !== c.visitor!.ref && m.start < c.visitor!.start);
    // A receiving word that names no dignitary received is only more of the visit (`ontvangen van werknemers`).
    if (entry.receives && !received) { if (!target) return; }
    else if (!target && c.visitor && (c.destination || city)) target = reportedTalks(events, pending, c, mentions);
    if (!target && c.visitor && (c.destination || city || received)) {
      // `his first visit to Kenya`, `chuyến thăm`, `lawatan`: a named person's visit to another
      // country is official business (a working visit too) unless the words around it say private or transit.
      const w = work(c, unofficial(lex, c) ? "other" : "official_visit", { host: null, date: c.date }, mentions, false);
      events.push(w);
      return;
    }
  } else if (entry.type === "meeting") {
    // `mantuvieron ayer jueves una reunión de trabajo`: a dated meeting word points back to an event
    // on that day, not to the previous meeting of the series recalled later with another date.
    const sameDay = (e: Work) => !c.date?.value || !e.date?.value || e.date.value.startsWith(c.date.value) || c.date.value.startsWith(e.date.value);
    target = nearest((e) => !VISITS.has(e.type) && sameDay(e)) ?? nearest(sameDay);
    // …and dates it, when the event itself is undated.
    if (target && !target.past && !target.date && c.date?.precision === "day" && !staleYear(c.date, anchorYear)) target.date = c.date;
  }
  else target = nearest((e) => e.type === entry.type);
  if (!target) return;
  if (target.sentence !== s.index) target.more.add(s.index);
  // `Les entretiens se sont tenus à Paris`: where the talks of a visit were held is where the visit was.
  // `Встреча проходит в Самарканде`, `The two-day meeting in Samarkand`: where the meeting itself is
  // said to take place is its venue, ahead of the dateline's city where the report was filed.
  const anaphor = entry.type === "meeting" && !target.past;
  if ((VISITS.has(target.type) || anaphor) && !target.place && c.place) {
    const city = venue(c.place.name) ?? venue(c.place.surface);
    const dest = isoOf(VISITS.has(target.type) ? target.destination ?? target.host : target.host) ?? target.country;
    if (city && (!dest || dest === city.country)) { target.place = c.place; target.placeName = city.name; }
  }
  for (const m of mentionsIn(mentions, s)) {
    if ((PART_TYPES.has(m.type) && m.type !== "country") || (m.type === "agreement" && entry.type === "signing")) target.participants.set(m.ref, m);
  }
  for (const m of [c.visitor, c.destination]) if (m && VISITS.has(target.type)) target.participants.set(m.ref, m);
}

/**
 * `провел переговоры с Токаевым, прибывшим в Москву с визитом`, `Переговоры Путина и Токаева прошли в
 * Кремле … Токаев прибыл с визитом накануне`: talks with the visitor, told at or before a visit word
 * that names no rank, are what the text reports; the visit is their occasion, not an event of its own.
 * The talks event the document has, or else the talks told with the visitor become it.
 */
function reportedTalks(events: Work[], pending: Candidate[], c: Candidate, mentions: Mention[]): Work | undefined {
  const visitor = c.visitor!.ref, at = c.hit.sentence.index;
  const held = events.find((e) => e.type === "talks" && e.sentence <= at && e.participants.has(visitor));
  if (held) return held;
  const told = pending.find((p) => p.hit.entry.type === "talks" && p.hit.sentence.index <= at
    && mentionsIn(mentions, p.hit.sentence).some((m) => m.ref === visitor));
  if (!told) return undefined;
  const w = work(told, "talks", { host: told.host, date: told.date }, mentions, false);
  events.push(w);
  return w;
}

/**
 * `menerima kunjungan … di Jakarta, Kamis (15/1/2026). Dalam pertemuan bilateral itu, …`: a bilateral
 * meeting told during a visit is an event beside it, held where and when the visit was unless it says.
 */
function bilateralDuring(visit: Work, c: Candidate, mentions: Mention[]): Work {
  const w = work(c, "talks", { host: c.host, date: c.date }, mentions, false);
  heldAtVisit(w, visit);
  return w;
}

/** `private visit`, `transit`, `stopover`: a word at or right around the visit noun marks it as no official visit. */
function unofficial(lex: EventLexicon, c: Candidate): boolean {
  if (!lex.unofficialRe) return false;
  const { sentence, start, end } = c.hit;
  return lex.unofficialRe.test(sentence.text.slice(Math.max(0, start - 20), Math.min(sentence.text.length, end + 20)));
}

/**
 * A document that reports no meeting may report a dated signing (`hai bên đã ký kết`): only then are
 * the dates of its signing sentences worth reading; the signing candidates are described again with them.
 */
export function dateSignings(lex: EventLexicon, pending: Candidate[], ctx: ExtractionContext, anchor: () => DateAnchor): void {
  for (let i = 0; i < pending.length; i++) {
    const c = pending[i]!;
    if (c.hit.entry.type !== "signing" || c.hit.entry.strength !== "fold" || c.date) continue;
    const dates = findDates(c.hit.sentence.text, ctx.language, anchor());
    if (dates.length) pending[i] = describe(lex, [c.hit], { mentions: ctx.mentions, dates })[0]!;
  }
}

/** `大統領が13日に来日し`: a leader's visit word is the news when nothing else is (taken out of `pending`). */
export function leaderVisit(pending: Candidate[], mentions: Mention[]): Work | null {
  const lead = pending.find((c) => c.leader && c.type);
  if (!lead) return null;
  pending.splice(pending.indexOf(lead), 1);
  return work(lead, lead.type!, { host: null, date: lead.date }, mentions, false);
}
